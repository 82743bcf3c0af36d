-- The case's own schema, and the history of runs that survives every rebuild.
create schema if not exists ${schema:name};

create table if not exists ${schema:name}.load_runs (
    run_id bigint generated always as identity primary key,
    mode text not null check (mode in ('replace', 'merge')),
    status text not null check (status in ('succeeded')),
    started_at timestamptz not null,
    finished_at timestamptz not null,
    inputs jsonb not null,
    counts jsonb not null,
    rejected_by_reason jsonb not null,
    timings_ms jsonb not null,
    etlbook_version text not null
);

-- Before load_runs knew batches; a warehouse made by an older etlbook gains the column.
alter table ${schema:name}.load_runs add column if not exists batch integer;

-- The input files of every batch loaded, byte for byte, in parts: `--mode merge` re-reads
-- them so that a merged warehouse is exactly what one run over all batches would give.
create table if not exists ${schema:name}.input_files (
    batch integer not null check (batch > 0),
    file text not null,
    sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    part integer not null check (part >= 0),
    content bytea not null,
    primary key (batch, file, part)
);

-- CSV parts are stored as they are: compressing them would cost the load more than the disk saves.
alter table ${schema:name}.input_files alter column content set storage external;
