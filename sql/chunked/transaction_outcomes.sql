-- How many staged transactions ended each way: loaded, or the reason they were not.
select
    coalesce(final_reason, 'loaded') as outcome,
    count(*)::integer as rows
from int_transactions_resolved
group by 1
order by 1;
