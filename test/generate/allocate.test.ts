import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { allocate } from '../../src/generate/allocate.ts';

const test = suite('allocate(total, weights)');

test('splits a total exactly, remainders to the largest fractions', () => {
  assert.equal(allocate(10, [1, 1, 1]), [4, 3, 3]);
  assert.equal(allocate(7, [1, 2, 4]), [1, 2, 4]);
  assert.equal(allocate(100, [0.5, 0.25, 0.25]), [50, 25, 25]);
});

test('gives nothing to zero weights', () => {
  assert.equal(allocate(5, [0, 1, 0]), [0, 5, 0]);
  assert.equal(allocate(5, [0, 0]), [0, 0]);
});

test.run();
