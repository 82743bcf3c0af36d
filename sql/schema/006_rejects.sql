-- Every record read but not loaded, with why: nothing disappears silently.
create table ${schema:name}.rejects (
    file text not null,
    batch integer not null check (batch > 0),
    line integer not null check (line > 1),
    reason text not null check (reason in (
        'bad_row', 'missing_id', 'bad_date', 'bad_amount', 'bad_currency',
        'orphan_customer', 'missing_subscription', 'orphan_subscription',
        'duplicate', 'superseded'
    )),
    raw_text text not null,
    -- Parsed where possible, so quarantined revenue can be summed.
    transaction_date date,
    amount_usd numeric(18, 2),
    primary key (batch, file, line)
);
