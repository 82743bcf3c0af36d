-- One row per loaded transaction, with the category of the product it paid for.
with

transactions as (
    select * from ${schema:name}.transactions
),

products as (
    select * from ${schema:name}.products
),

transactions_joined_to_products as (
    select
        transactions.transaction_id,
        transactions.customer_id,
        transactions.subscription_id,
        products.product_category,
        transactions.transaction_date,
        date_trunc('month', transactions.transaction_date)::date as transaction_month,
        transactions.currency,
        transactions.total_amount,
        transactions.amount_usd
    from transactions
    inner join products
        on transactions.subscription_id = products.subscription_id
)

select * from transactions_joined_to_products
