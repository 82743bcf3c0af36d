-- One row per user with their total spend, all time: Task 2's "total spending per user".
with

users as (
    select * from ${schema:name}.users
),

-- Every loaded transaction has a loaded product (a foreign key says so): the spend needs no
-- join to products, so it reads the table, not fct_transactions.
transactions as (
    select * from ${schema:name}.transactions
),

spend_per_customer as (
    select
        customer_id,
        count(*) as transactions,
        sum(amount_usd) as total_spend_usd,
        min(transaction_date) as first_transaction_date,
        max(transaction_date) as last_transaction_date
    from transactions
    group by customer_id
),

users_joined_to_spend as (
    select
        users.customer_id,
        users.customer_name,
        users.customer_email,
        coalesce(spend_per_customer.transactions, 0) as transactions,
        coalesce(spend_per_customer.total_spend_usd, 0)::numeric(18, 2) as total_spend_usd,
        spend_per_customer.first_transaction_date,
        spend_per_customer.last_transaction_date
    from users
    left join spend_per_customer
        on users.customer_id = spend_per_customer.customer_id
)

select * from users_joined_to_spend
