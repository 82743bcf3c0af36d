-- Revenue per month over the 6-month window ending with the as-of month, and its growth
-- on the month before (the month before the window gives the first growth value).
-- growth_pct is NULL where the month before had no revenue.
with

transactions as (
    select * from ${schema:name}.fct_transactions
    where transaction_date <= ${as_of}::date
),

months as (
    select generate_series(
        date_trunc('month', ${as_of}::date) - interval '6 months',
        date_trunc('month', ${as_of}::date),
        interval '1 month'
    )::date as month
),

revenue_per_month as (
    select
        transaction_month as month,
        sum(amount_usd) as revenue_usd
    from transactions
    group by transaction_month
),

months_joined_to_revenue as (
    select
        months.month,
        coalesce(revenue_per_month.revenue_usd, 0) as revenue_usd
    from months
    left join revenue_per_month
        on months.month = revenue_per_month.month
),

months_with_previous as (
    select
        month,
        revenue_usd,
        lag(revenue_usd) over (order by month) as previous_revenue_usd
    from months_joined_to_revenue
)

select
    to_char(month, 'YYYY-MM') as month,
    revenue_usd::text as revenue_usd,
    round((revenue_usd - previous_revenue_usd) * 100 / nullif(previous_revenue_usd, 0), 2)::text as growth_pct
from months_with_previous
where month > date_trunc('month', ${as_of}::date) - interval '6 months'
order by month
