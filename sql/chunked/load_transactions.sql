-- The resolved transactions into the case's tables: loaded rows, rejects, and the warnings of
-- loaded rows in file order (a row's own warnings, then a customer mismatch), as the
-- in-memory path writes them.
insert into ${schema:name}.transactions (
    transaction_id, customer_id, subscription_id, transaction_date, total_amount, currency,
    usd_per_unit, amount_usd, source_line, source_batch
)
select
    transaction_id,
    customer_id,
    subscription_id,
    transaction_date,
    total_amount_cents / 100.0,
    currency,
    usd_per_unit,
    amount_usd_cents / 100.0,
    line,
    batch
from int_transactions_resolved
where final_reason is null;

insert into ${schema:name}.rejects (file, batch, line, reason, raw_text, transaction_date, amount_usd)
select 'transactions.csv', batch, line, final_reason, raw, transaction_date, amount_usd_cents / 100.0
from int_transactions_resolved
where final_reason is not null
order by batch, line;

insert into ${schema:name}.warnings (file, batch, line, kind, column_name, value)
select 'transactions.csv', batch, line, kind, column_name, value
from (
    select
        resolved.batch,
        resolved.line,
        warning.position,
        warning.item ->> 'kind' as kind,
        warning.item ->> 'column' as column_name,
        warning.item ->> 'value' as value
    from int_transactions_resolved as resolved
    cross join lateral jsonb_array_elements(coalesce(resolved.warnings, '[]'::jsonb))
        with ordinality as warning (item, position)
    where resolved.final_reason is null

    union all

    select batch, line, 2147483647, 'customer_mismatch', 'customer_id', customer_id
    from int_transactions_resolved
    where customer_mismatch
) as row_warnings
order by batch, line, position;
