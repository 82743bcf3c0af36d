-- Keys and indexes are added after the bulk copy: one validating join and one sorted index
-- build each, instead of a trigger and an index insert per copied row.
alter table ${schema:name}.products
    add primary key (subscription_id),
    add foreign key (customer_id) references ${schema:name}.users (customer_id);

create index on ${schema:name}.products (customer_id);
