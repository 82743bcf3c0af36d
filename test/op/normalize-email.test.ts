import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeEmail } from '../../src/op/normalize-email.ts';

const test = suite('normalizeEmail(text)');

const valid: Array<[string, string]> = [
  ['ada@example.com', 'ada@example.com'],
  ['Ada.Lovelace@Example.CO.UK', 'ada.lovelace@example.co.uk'],
  ['a@b.c', 'a@b.c'],
  ['first+tag@mail.example.org', 'first+tag@mail.example.org'],
  // the rule only constrains the domain's spaces, not the local part's
  ['ada lovelace@example.com', 'ada lovelace@example.com'],
];

const invalid: string[] = [
  'ada.example.com',
  'ada@@example.com',
  'ada@example@com',
  '@example.com',
  'ada@',
  'ada@localhost',
  'ada@example com.org',
  'ada@exam\u00a0ple.com',
  'ada@ example.com',
];

for (const [text, email] of valid) {
  test(`lower-cases and keeps ${JSON.stringify(text)}`, () =>
    assert.equal(normalizeEmail(text), { email, invalid: false }));
}
for (const text of invalid) {
  test(`flags ${JSON.stringify(text)} as invalid`, () =>
    assert.equal(normalizeEmail(text), { email: null, invalid: true }));
}

test('treats a missing email as missing, not invalid', () => {
  assert.equal(normalizeEmail(null), { email: null, invalid: false });
  assert.equal(normalizeEmail(''), { email: null, invalid: false });
});

test.run();
