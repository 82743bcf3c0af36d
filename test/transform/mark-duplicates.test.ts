import { suite } from 'uvu';
import * as aq from 'arquero';
import { markDuplicates } from '../../src/transform/mark-duplicates.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('markDuplicates(table, {key, columns})');

const options = { key: 'id', columns: ['id', 'value'] };
const rows = (ids: string[], values: (string | number | null)[], reasons: (string | null)[] = ids.map(() => null)) =>
  aq.table({ reason: reasons, id: ids, value: values });

test('loads rows with distinct keys untouched', () => {
  tableEqual(markDuplicates(rows(['A', 'B'], ['1', '1']), options), { reason: [null, null], id: ['A', 'B'], value: ['1', '1'] });
});

test('keeps the last of identical copies and marks the others duplicate', () => {
  const result = markDuplicates(rows(['A', 'A', 'A'], ['1', '1', '1']), options);
  tableEqual(result.select('reason'), { reason: ['duplicate', 'duplicate', null] });
});

test('keeps the last version of a key and marks earlier different versions superseded', () => {
  const result = markDuplicates(rows(['A', 'A', 'A'], ['1', '2', '3']), options);
  tableEqual(result.select('reason'), { reason: ['superseded', 'superseded', null] });
});

test('versions x, y, x of one key: the first x is a duplicate, y superseded, the last x loads', () => {
  const result = markDuplicates(rows(['A', 'A', 'A'], ['x', 'y', 'x']), options);
  tableEqual(result.select('reason'), { reason: ['duplicate', 'superseded', null] });
});

test('versions x, x, y of one key: the first x is a duplicate, the second superseded, y loads', () => {
  const result = markDuplicates(rows(['A', 'A', 'A'], ['x', 'x', 'y']), options);
  tableEqual(result.select('reason'), { reason: ['duplicate', 'superseded', null] });
});

test('treats two nulls as equal', () => {
  const result = markDuplicates(rows(['A', 'A'], [null, null]), options);
  tableEqual(result.select('reason'), { reason: ['duplicate', null] });
});

test('tells a null from a value', () => {
  const result = markDuplicates(rows(['A', 'A', 'A'], [null, 'null', null]), options);
  tableEqual(result.select('reason'), { reason: ['duplicate', 'superseded', null] });
});

test('compares parsed values: the same cents are the same row', () => {
  const result = markDuplicates(rows(['A', 'A'], [1250, 1250]), options);
  tableEqual(result.select('reason'), { reason: ['duplicate', null] });
});

test('compares keys exactly, case included', () => {
  const result = markDuplicates(rows(['A', 'a'], ['1', '2']), options);
  tableEqual(result.select('reason'), { reason: [null, null] });
});

test('compares only the given columns', () => {
  const table = aq.table({ reason: [null, null], id: ['A', 'A'], value: ['1', '1'], line: [2, 3], raw: ['A,1', 'A, 1'] });
  tableEqual(markDuplicates(table, options).select('reason'), { reason: ['duplicate', null] });
});

test('leaves rejected rows out: they are neither marked nor make others duplicates', () => {
  const result = markDuplicates(rows(['A', 'A', 'B', 'B'], ['1', '1', '2', '3'], [null, 'bad_date', 'bad_amount', null]), options);
  tableEqual(result.select('reason'), { reason: [null, 'bad_date', 'bad_amount', null] });
});

test.run();
