-- After the bulk copy, as for products: every payment's customer and subscription must exist.
-- No further indexes: the marts and questions read the whole table, and each index would cost
-- a sorted build of a million rows per million payments on every load.
alter table ${schema:name}.transactions
    add primary key (transaction_id),
    add foreign key (customer_id) references ${schema:name}.users (customer_id),
    add foreign key (subscription_id) references ${schema:name}.products (subscription_id);
