-- The six months before the window, for the report's "change on the previous period".
with

-- No category is needed here: the table itself, without fct_transactions' join to products.
previous_transactions as (
    select * from ${schema:name}.transactions
    where transaction_date < date_trunc('month', ${as_of}::date) - interval '5 months'
        and transaction_date >= date_trunc('month', ${as_of}::date) - interval '11 months'
)

select
    count(*)::integer as transactions,
    count(distinct customer_id)::integer as customers,
    coalesce(sum(amount_usd), 0)::text as revenue_usd,
    round(sum(amount_usd) / nullif(count(*), 0), 2)::text as avg_transaction_usd,
    round(sum(amount_usd) / nullif(count(distinct customer_id), 0), 2)::text as avg_revenue_per_user_usd
from previous_transactions
