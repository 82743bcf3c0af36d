-- A replace run rebuilds every model; marts first, since they depend on the tables.
drop view if exists ${schema:name}.fct_transactions;
drop table if exists ${schema:name}.dim_customers;
drop table if exists ${schema:name}.warnings;
drop table if exists ${schema:name}.rejects;
drop table if exists ${schema:name}.transactions;
drop table if exists ${schema:name}.products;
drop table if exists ${schema:name}.users;
