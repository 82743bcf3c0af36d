-- Average transaction amount and average revenue per paying customer, for each month of
-- the 6-month window and for the window as a whole (period = 'window').
-- Averages are NULL where there are no transactions.
with

window_transactions as (
    select * from ${schema:name}.fct_transactions
    where transaction_date <= ${as_of}::date
        and transaction_date >= date_trunc('month', ${as_of}::date) - interval '5 months'
),

months as (
    select generate_series(
        date_trunc('month', ${as_of}::date) - interval '5 months',
        date_trunc('month', ${as_of}::date),
        interval '1 month'
    )::date as month
),

totals_per_month as (
    select
        transaction_month as month,
        count(*) as transactions,
        count(distinct customer_id) as customers,
        sum(amount_usd) as revenue_usd
    from window_transactions
    group by transaction_month
),

months_joined_to_totals as (
    select
        to_char(months.month, 'YYYY-MM') as period,
        coalesce(totals_per_month.transactions, 0) as transactions,
        coalesce(totals_per_month.customers, 0) as customers,
        totals_per_month.revenue_usd
    from months
    left join totals_per_month
        on months.month = totals_per_month.month
),

window_totals as (
    select
        'window' as period,
        count(*) as transactions,
        count(distinct customer_id) as customers,
        sum(amount_usd) as revenue_usd
    from window_transactions
),

periods as (
    select * from months_joined_to_totals
    union all
    select * from window_totals
)

select
    period,
    transactions::integer as transactions,
    customers::integer as customers,
    coalesce(revenue_usd, 0)::text as revenue_usd,
    round(revenue_usd / nullif(transactions, 0), 2)::text as avg_transaction_usd,
    round(revenue_usd / nullif(customers, 0), 2)::text as avg_revenue_per_user_usd
from periods
order by period = 'window', period
