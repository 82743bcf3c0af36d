-- Revenue held back: rejected transactions whose amount, currency and date all parsed
-- (so amount_usd exists), dated on or before the as-of date. Duplicates are not revenue.
select coalesce(sum(amount_usd), 0)::text as quarantined_revenue_usd
from ${schema:name}.rejects
where file = 'transactions.csv'
    and reason not in ('duplicate', 'superseded')
    and amount_usd is not null
    and transaction_date <= ${as_of}::date
