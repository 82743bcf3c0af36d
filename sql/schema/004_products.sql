-- Subscriptions: one row per subscription, owned by one user. Keys come after the copy: sql/keys/
create table ${schema:name}.products (
    subscription_id text collate "C" not null check (subscription_id <> ''),
    customer_id text collate "C" not null,  -- references users: sql/keys/002_products.sql
    plan_id text collate "C",
    plan_name text,
    product_category text not null
        check (product_category in ('Chat', 'Feeds', 'Video', 'Moderation', 'Unknown')),
    billing_interval text check (billing_interval in ('monthly', 'annual')),
    contract_amount numeric(18, 2) not null,
    billing_status text
        check (billing_status in ('active', 'trialing', 'past_due', 'canceled', 'unpaid')),
    source_line integer not null check (source_line > 1),
    -- Which load brought the row: 1, then one more per `--mode merge` batch (see input_files).
    source_batch integer not null check (source_batch > 0)
);
