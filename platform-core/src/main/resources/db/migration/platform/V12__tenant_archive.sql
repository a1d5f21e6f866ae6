-- Exports, restores and deletions of tenants, as the console ran them. No reference to tenant: the record of an export
-- and of the deletion that followed it outlives the tenant.
create table tenant_archive (
    id           uuid         primary key,
    kind         varchar(10)  not null constraint tenant_archive_kind check (kind in ('EXPORT', 'RESTORE', 'DELETE')),
    tenant_slug  varchar(30)  not null,
    source_slug  varchar(30),
    status       varchar(10)  not null constraint tenant_archive_status check (status in ('RUNNING', 'DONE', 'FAILED')),
    bytes        bigint,
    error_key    varchar(100),
    error_detail varchar(500),
    started_at   timestamptz  not null,
    finished_at  timestamptz
);

create index tenant_archive_tenant_idx on tenant_archive (tenant_slug, started_at desc);
