-- After the bulk copy, as for products: every payment's customer and subscription must exist.
alter table ${schema:name}.transactions
    add primary key (transaction_id),
    add foreign key (customer_id) references ${schema:name}.users (customer_id),
    add foreign key (subscription_id) references ${schema:name}.products (subscription_id);

create index on ${schema:name}.transactions (customer_id);
create index on ${schema:name}.transactions (subscription_id);
create index on ${schema:name}.transactions (transaction_date);
