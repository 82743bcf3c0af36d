-- Fresh statistics for the planner: a table filled by COPY in this transaction has none yet,
-- and without them the marts and the questions get plans made for an empty table. A small
-- sample is enough for plans that read whole tables, and costs a tenth of the default one.
set local default_statistics_target = 10;
analyze ${schema:name}.users;
analyze ${schema:name}.products;
analyze ${schema:name}.transactions;
reset default_statistics_target;
