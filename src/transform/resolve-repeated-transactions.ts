import type { ColumnTable } from 'arquero';
import { markDuplicates } from './mark-duplicates.ts';
import { rejectOrphanTransactions, type TransactionReferences } from './check-references.ts';
import { cleanTransactionFields, TRANSACTION_DUPLICATE_COLUMNS } from './clean-stream.ts';
import type { FxRates } from './read-fx-rates.ts';
import { textColumn } from '../util/row-state.ts';

/** What {@link resolveRepeatedTransactions} finds. */
export interface RepeatedTransactions {
  /** The rows that a later row with their key displaced, with `reason` `duplicate` or `superseded`. */
  displaced: ColumnTable;
  /** For each displaced row, where it went when it was first loaded: null (loaded) or its reference reason. */
  firstOutcomes: (string | null)[];
}

/**
 * Settles the rows whose transaction_id came more than once, once a file was loaded chunk by
 * chunk with every row taken at face value: `markDuplicates` on those rows alone gives what it
 * gives on the whole file, since it only ever compares rows with one key. The rows it marks
 * must leave wherever their references sent them.
 * @param records every row of the repeated keys, as read (see `TransactionKeyIndex.repeats`)
 * @param options the FX rates, and the references checked against
 * @returns the displaced rows and where each went first
 * @example
 * const { displaced, firstOutcomes } = resolveRepeatedTransactions(records, { rates, references });
 */
export function resolveRepeatedTransactions(records: ColumnTable, { rates, references }: { rates: FxRates; references: TransactionReferences }): RepeatedTransactions {
  const fielded = cleanTransactionFields(records, rates);
  const first = textColumn(rejectOrphanTransactions(fielded, references), 'reason');
  const settled = rejectOrphanTransactions(markDuplicates(fielded, { key: 'transaction_id', columns: TRANSACTION_DUPLICATE_COLUMNS }), references);
  const reasons = textColumn(settled, 'reason');
  const isDisplaced = reasons.map((reason) => reason === 'duplicate' || reason === 'superseded');
  return {
    displaced: settled.assign({ is_displaced: isDisplaced }).filter((d: any) => d.is_displaced).select(settled.columnNames()),
    firstOutcomes: first.filter((_, i) => isDisplaced[i]),
  };
}
