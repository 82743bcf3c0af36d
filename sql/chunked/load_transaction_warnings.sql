-- The held-back warnings into the case's table, in file order, but for rows displaced since.
insert into ${schema:name}.warnings (file, batch, line, kind, column_name, value)
select
    file,
    batch,
    line,
    kind,
    column_name,
    value
from stg_transaction_warnings
where not (line = any(${displaced_lines}::integer[]))
order by position;
