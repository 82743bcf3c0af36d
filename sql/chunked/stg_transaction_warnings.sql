-- The warnings of transactions loaded chunk by chunk, held back until the repeated keys are
-- settled: a row that a later one displaces must leave no warning behind, and the warnings
-- table numbers its rows as they arrive. A temporary table: it lives as long as the load's
-- transaction.
create temporary table stg_transaction_warnings (
    position integer generated always as identity,
    file text not null,
    batch integer not null,
    line integer,
    kind text not null,
    column_name text,
    value text
) on commit drop;
