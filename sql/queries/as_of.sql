-- The default as-of date: the latest loaded transaction.
select max(transaction_date)::text as as_of
from ${schema:name}.transactions
