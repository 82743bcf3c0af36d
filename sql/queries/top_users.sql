-- Top users by total transaction amount up to the as-of date; 0 for a user with none.
-- Ties go to the smaller customer_id by code point (collation "C").
with

users as (
    select * from ${schema:name}.users
),

transactions as (
    select * from ${schema:name}.fct_transactions
    where transaction_date <= ${as_of}::date
),

spend_per_customer as (
    select
        customer_id,
        sum(amount_usd) as total_spend_usd
    from transactions
    group by customer_id
),

users_joined_to_spend as (
    select
        users.customer_id,
        users.customer_name,
        coalesce(spend_per_customer.total_spend_usd, 0) as total_spend_usd
    from users
    left join spend_per_customer
        on users.customer_id = spend_per_customer.customer_id
),

users_ranked as (
    select
        *,
        row_number() over (
            order by total_spend_usd desc, customer_id collate "C"
        ) as spend_rank
    from users_joined_to_spend
)

select
    customer_id,
    customer_name,
    total_spend_usd::text as total_spend_usd
from users_ranked
where spend_rank <= ${limit}
order by spend_rank
