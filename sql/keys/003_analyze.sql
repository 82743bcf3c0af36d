-- Fresh statistics for the planner: a table filled by COPY in this transaction has none yet,
-- and without them the marts and the questions get plans made for an empty table.
analyze ${schema:name}.users;
analyze ${schema:name}.products;
analyze ${schema:name}.transactions;
