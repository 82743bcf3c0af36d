-- Rejected rows per file and reason (duplicates and superseded rows are counted apart).
select
    file,
    reason,
    count(*)::integer as rows
from ${schema:name}.rejects
where reason not in ('duplicate', 'superseded')
group by file, reason
order by file, reason
