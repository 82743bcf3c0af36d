-- Users from Nessy, the source of truth for customers. The primary key comes after the copy: sql/keys/
-- IDs are compared by code point, as the contract says: collation "C" (which also makes their
-- indexes and sorts byte comparisons, not the locale's).
create table ${schema:name}.users (
    customer_id text collate "C" not null check (customer_id <> ''),
    customer_name text,
    -- Lower-cased and validated by the transform; NULL where the export's email was invalid.
    customer_email text check (customer_email ~ '^[^@]+@[^@ ]*\.[^@ ]*$'),
    source_line integer not null check (source_line > 1),
    -- Which load brought the row: 1, then one more per `--mode merge` batch (see input_files).
    source_batch integer not null check (source_batch > 0)
);
