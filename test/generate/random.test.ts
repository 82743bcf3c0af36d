import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createRandom } from '../../src/generate/random.ts';

const test = suite('createRandom(seed, label)');

const draw = (seed: number, label = '', n = 5): number[] => {
  const random = createRandom(seed, label);
  return Array.from({ length: n }, () => random.next());
};

test('repeats the same sequence for the same seed and label', () => {
  assert.equal(draw(42, 'users'), draw(42, 'users'));
});

test('gives a different sequence for another seed or another label', () => {
  assert.not.equal(draw(42), draw(43));
  assert.not.equal(draw(42, 'users'), draw(42, 'products'));
});

test('keeps int() inside its inclusive bounds and reaches both ends', () => {
  const random = createRandom(7);
  const seen = new Set<number>();
  for (let i = 0; i < 2000; i++) seen.add(random.int(1, 6));
  assert.equal([...seen].sort(), [1, 2, 3, 4, 5, 6]);
});

test('never picks an index of zero weight', () => {
  const random = createRandom(1);
  for (let i = 0; i < 1000; i++) assert.is.not(random.weighted([0, 3, 0, 1]) % 2, 0);
});

test.run();
