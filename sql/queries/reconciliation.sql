-- Per file: read = loaded + duplicate + superseded + rejected, counted from the tables.
with

loaded_per_file as (
    select 1 as file_order, 'users.csv' as file, count(*) as loaded from ${schema:name}.users
    union all
    select 2, 'products.csv', count(*) from ${schema:name}.products
    union all
    select 3, 'transactions.csv', count(*) from ${schema:name}.transactions
),

not_loaded_per_file as (
    select
        file,
        count(*) filter (where reason = 'duplicate') as duplicate,
        count(*) filter (where reason = 'superseded') as superseded,
        count(*) filter (where reason not in ('duplicate', 'superseded')) as rejected
    from ${schema:name}.rejects
    group by file
),

files_joined as (
    select
        loaded_per_file.file_order,
        loaded_per_file.file,
        loaded_per_file.loaded,
        coalesce(not_loaded_per_file.duplicate, 0) as duplicate,
        coalesce(not_loaded_per_file.superseded, 0) as superseded,
        coalesce(not_loaded_per_file.rejected, 0) as rejected
    from loaded_per_file
    left join not_loaded_per_file
        on loaded_per_file.file = not_loaded_per_file.file
)

select
    file,
    (loaded + duplicate + superseded + rejected)::integer as read,
    loaded::integer as loaded,
    duplicate::integer as duplicate,
    superseded::integer as superseded,
    rejected::integer as rejected
from files_joined
-- Parents first, as the files are read: a stable order for anyone who prints the rows.
order by file_order
