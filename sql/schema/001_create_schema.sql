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
