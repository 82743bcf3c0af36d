-- Payments from Stripe, in their own currency and in USD at the month's rate.
create table ${schema:name}.transactions (
    transaction_id text collate "C" not null check (transaction_id <> ''),
    -- customer_id and subscription_id reference users and products: sql/keys/003_transactions.sql
    customer_id text collate "C" not null,
    subscription_id text collate "C" not null,
    transaction_date date not null,
    -- Negative amounts are refunds; revenue is net of them.
    total_amount numeric(18, 2) not null,
    currency text not null check (currency <> ''),
    usd_per_unit numeric not null check (usd_per_unit > 0),
    amount_usd numeric(18, 2) not null,
    source_line integer not null check (source_line > 1),
    -- Which load brought the row: 1, then one more per `--mode merge` batch (see input_files).
    source_batch integer not null check (source_batch > 0)
);
