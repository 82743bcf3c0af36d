import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ACCEPTED_DATE_FORMS, BAD_DATE_FORMS } from '../../../src/generate/mess/date-forms.ts';
import { createRandom } from '../../../src/generate/random.ts';

const test = suite('ACCEPTED_DATE_FORMS[form](date, random)');
const DATES = [
  { year: 2024, month: 3, day: 5 },
  { year: 2024, month: 12, day: 31 },
  { year: 2025, month: 1, day: 1 },
  { year: 2024, month: 2, day: 29 },
];
const write = (form: string, date: (typeof DATES)[number], seed = 1): string => ACCEPTED_DATE_FORMS[form](date, createRandom(seed));

test('writes zoned date-times whose UTC date is the intended one, across midnight', () => {
  for (const date of DATES) {
    for (let seed = 1; seed <= 20; seed++) {
      const intended = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
      for (const form of ['iso_offset_colon', 'iso_offset_compact']) {
        const text = write(form, date, seed);
        assert.ok(!text.startsWith(intended), `${text} should show the neighbouring local day`);
        const utc = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString().slice(0, 10);
        assert.is(utc, intended, text);
      }
    }
  }
});

test('writes epoch seconds of the intended UTC day, in exactly 10 digits', () => {
  for (const date of DATES) {
    const text = write('epoch_seconds', date);
    assert.match(text, /^\d{10}$/);
    const d = new Date(Number(text) * 1000);
    assert.equal([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()], [date.year, date.month, date.day]);
  }
});

test('writes slashes month first and dots day first', () => {
  const date = { year: 2024, month: 3, day: 25 };
  assert.is(write('us', date), '3/25/2024');
  assert.is(write('us_padded', date), '03/25/2024');
  assert.is(write('dots', date), '25.3.2024');
  assert.is(write('dots_padded', date), '25.03.2024');
  assert.is(write('d_mmm_yyyy', date), '25 Mar 2024');
  assert.is(write('month_d_comma_yyyy_lower', date), 'march 25, 2024');
});

test('writes a fraction just before midnight that only truncation keeps on the day', () => {
  assert.is(write('iso_fraction_truncated', DATES[0]), '2024-03-05T23:59:59.999999999');
});

const bad = suite('BAD_DATE_FORMS[form](date, random)');

bad('writes dates no accepted form can read', () => {
  const date = { year: 2024, month: 3, day: 5 };
  const texts = Object.values(BAD_DATE_FORMS).map((form) => form(date, createRandom(1)));
  assert.equal(texts, ['2024-02-30', '13/03/2024', '3/5/24', '20240305', '1709596800000', '2024-W10-2', 'N/A', '']);
});

test.run();
bad.run();
