import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ACCEPTED_AMOUNT_SHAPES, BAD_AMOUNT_SHAPES, toAmountText } from '../../../src/generate/mess/amount-shapes.ts';

/** The contract's amount grammar, written independently of the generator. */
const N = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const S = String.raw`(?:[$€£] *)`;
const AMOUNT = new RegExp(String.raw`^${S}?(?:-${S}?(${N})|\(${S}?(${N})\)|(${N}))$`);

/** Cents of an accepted amount, rounded half away from zero; null when rejected. */
function toCents(text: string): number | null {
  const match = AMOUNT.exec(text);
  if (!match || (text.match(/[$€£]/g) ?? []).length > 1) return null;
  const digits = (match[1] ?? match[2] ?? match[3]).replaceAll(',', '');
  const [units, fraction = ''] = digits.split('.');
  const thousandths = Number(units) * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
  const cents = Math.floor((thousandths + 5) / 10);
  return match[3] === undefined ? -cents : cents;
}

const test = suite('ACCEPTED_AMOUNT_SHAPES[shape].write(cents, currency)');

test('writes every accepted shape so that it parses back to the same cents', () => {
  for (const cents of [1250, -1250, 49900, -49900, 123456, -123456, 499000, 5, -5]) {
    for (const currency of ['USD', 'EUR', 'GBP'] as const) {
      for (const [name, shape] of Object.entries(ACCEPTED_AMOUNT_SHAPES)) {
        if (!shape.fits(cents)) continue;
        const text = shape.write(cents, currency);
        assert.is(toCents(text), cents, `${name}: ${text}`);
      }
    }
  }
});

test('writes the symbol of the row’s currency', () => {
  assert.is(ACCEPTED_AMOUNT_SHAPES.symbol_parens.write(-1250, 'EUR'), '€(12.50)');
  assert.is(ACCEPTED_AMOUNT_SHAPES.minus_symbol.write(-1250, 'GBP'), '-£12.50');
  assert.is(ACCEPTED_AMOUNT_SHAPES.symbol_grouped.write(123456, 'USD'), '$1,234.56');
});

const bad = suite('BAD_AMOUNT_SHAPES[shape].write(cents, currency)');

bad('writes shapes the contract rejects', () => {
  for (const cents of [1250, -1250, 123456, 5]) {
    for (const [name, shape] of Object.entries(BAD_AMOUNT_SHAPES)) {
      const text = shape.write(cents, 'USD');
      assert.is(toCents(text), null, `${name}: ${text}`);
    }
  }
});

const plain = suite('toAmountText(cents)');

plain('writes signed cents with two decimals', () => {
  assert.equal([toAmountText(0), toAmountText(5), toAmountText(-1250), toAmountText(499000)], ['0.00', '0.05', '-12.50', '4990.00']);
});

test.run();
bad.run();
plain.run();
