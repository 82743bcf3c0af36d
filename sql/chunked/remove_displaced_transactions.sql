-- Rows loaded at face value that a later row with the same transaction_id displaced (as a
-- duplicate or superseded): out of the loaded rows, and out of the rejects where their
-- references had sent them. They go back into the rejects with their final reason.
delete from ${schema:name}.transactions
where source_batch = ${batch}
    and source_line = any(${loaded_lines}::integer[]);

delete from ${schema:name}.rejects
where batch = ${batch}
    and file = 'transactions.csv'
    and line = any(${rejected_lines}::integer[]);
