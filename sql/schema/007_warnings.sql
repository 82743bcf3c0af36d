-- Data-quality notes on rows that loaded: a value was nulled or defaulted.
create table ${schema:name}.warnings (
    warning_id integer generated always as identity primary key,
    file text not null,
    batch integer not null check (batch > 0),
    line integer,
    kind text not null,
    column_name text,
    value text
);
