-- Sales per product category up to the as-of date, every category of a loaded product
-- listed (0 where it sold nothing), highest first; ties by name (collation "C").
with

products as (
    select * from ${schema:name}.products
),

transactions as (
    select * from ${schema:name}.fct_transactions
    where transaction_date <= ${as_of}::date
),

categories as (
    select distinct product_category
    from products
),

sales_per_category as (
    select
        product_category,
        sum(amount_usd) as total_sales_usd
    from transactions
    group by product_category
),

categories_joined_to_sales as (
    select
        categories.product_category as category,
        coalesce(sales_per_category.total_sales_usd, 0) as total_sales_usd
    from categories
    left join sales_per_category
        on categories.product_category = sales_per_category.product_category
)

select
    category,
    total_sales_usd::text as total_sales_usd
from categories_joined_to_sales
order by categories_joined_to_sales.total_sales_usd desc, category collate "C"
