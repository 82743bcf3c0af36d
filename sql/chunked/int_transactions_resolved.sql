-- Duplicates, then references, over every staged transaction at once: the same rules as
-- markDuplicates and rejectOrphanTransactions (src/transform/), set-wide in the database.
create temporary table int_transactions_resolved on commit drop as

with

staged as (
    select * from stg_transactions
),

users as (
    select customer_id from ${schema:name}.users
),

products as (
    select subscription_id, customer_id from ${schema:name}.products
),

-- Among rows no field rule rejected, and latest first: a row with an identical row after it
-- is a duplicate; otherwise a row with its key after it is superseded.
ranked as (
    select
        batch,
        line,
        row_number() over (
            partition by transaction_id, customer_id, subscription_id, total_amount_cents, currency, transaction_date
            order by batch desc, line desc
        ) as copy_rank,
        row_number() over (partition by transaction_id order by batch desc, line desc) as key_rank
    from staged
    where reason is null
),

deduplicated as (
    select
        staged.*,
        coalesce(
            staged.reason,
            case when ranked.copy_rank > 1 then 'duplicate' when ranked.key_rank > 1 then 'superseded' end
        ) as reason_after_duplicates
    from staged
    left join ranked on ranked.batch = staged.batch and ranked.line = staged.line
),

referenced as (
    select
        deduplicated.*,
        users.customer_id is not null as has_customer,
        products.subscription_id is not null as has_subscription,
        products.customer_id as subscription_customer_id
    from deduplicated
    left join users on users.customer_id = deduplicated.customer_id
    left join products on products.subscription_id = deduplicated.subscription_id
)

select
    batch,
    line,
    raw,
    transaction_id,
    customer_id,
    subscription_id,
    total_amount_cents,
    currency,
    usd_per_unit,
    amount_usd_cents,
    transaction_date,
    warnings,
    case
        when reason_after_duplicates is not null then reason_after_duplicates
        when not has_customer then 'orphan_customer'
        when subscription_id is null then 'missing_subscription'
        when not has_subscription then 'orphan_subscription'
    end as final_reason,
    coalesce(
        reason_after_duplicates is null and has_customer and has_subscription
        and subscription_customer_id <> customer_id,
        false
    ) as customer_mismatch
from referenced;
