-- Transactions after the field rules, staged chunk by chunk when the file is too large to hold
-- in memory. A temporary table: it lives only as long as the load's transaction.
create temporary table stg_transactions (
    batch integer not null,
    line integer not null,
    raw text not null,
    -- The field rule that rejected the row, or NULL.
    reason text,
    transaction_id text,
    customer_id text,
    subscription_id text,
    total_amount_cents bigint,
    currency text,
    usd_per_unit numeric,
    amount_usd_cents bigint,
    transaction_date date,
    -- The row's warnings so far, as a JSON array of {kind, column, value}.
    warnings jsonb
) on commit drop;
