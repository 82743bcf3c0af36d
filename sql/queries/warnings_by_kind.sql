-- Data-quality warnings per file and kind.
select
    file,
    kind,
    count(*)::integer as rows
from ${schema:name}.warnings
group by file, kind
order by file, kind
