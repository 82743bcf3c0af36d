-- Payments from Stripe, in their own currency and in USD at the month's rate.
create table ${schema:name}.transactions (
    transaction_id text primary key check (transaction_id <> ''),
    customer_id text not null references ${schema:name}.users (customer_id),
    subscription_id text not null references ${schema:name}.products (subscription_id),
    transaction_date date not null,
    -- Negative amounts are refunds; revenue is net of them.
    total_amount numeric(18, 2) not null,
    currency text not null check (currency <> ''),
    usd_per_unit numeric not null check (usd_per_unit > 0),
    amount_usd numeric(18, 2) not null,
    source_line integer not null check (source_line > 1)
);

create index on ${schema:name}.transactions (customer_id);
create index on ${schema:name}.transactions (subscription_id);
create index on ${schema:name}.transactions (transaction_date);
