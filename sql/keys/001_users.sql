-- Primary keys are added after the bulk copy, as the foreign keys are: one sorted index build,
-- where an index insert per copied row costs several times more (the keys come in no order).
alter table ${schema:name}.users
    add primary key (customer_id);
