-- Customer-base imports (seed 003): the uploaded file, its column mapping, and the progress of its one transaction,
-- which the import page polls.
create table cus_import_job (
    id              uuid primary key,
    file_name       varchar(255) not null,
    mapping         text         not null default '',
    status          varchar(20)  not null check (status in ('UPLOADED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows      integer      not null default 0,
    processed_rows  integer      not null default 0,
    created_count   integer      not null default 0,
    updated_count   integer      not null default 0,
    unchanged_count integer      not null default 0,
    problem         varchar(500),
    created_by      varchar(254),
    created_at      timestamptz  not null,
    finished_at     timestamptz,
    version         integer      not null default 0
);
create index cus_import_job_created_idx on cus_import_job (created_at desc);

-- The uploaded file itself, apart, so that polling a job's progress never reads it.
create table cus_import_file (
    job_id  uuid primary key references cus_import_job (id) on delete cascade,
    content bytea not null
);
