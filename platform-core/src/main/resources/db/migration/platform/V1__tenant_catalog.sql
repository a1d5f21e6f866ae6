-- The platform's tenant catalogue. Every tenant's own data lives in its own schema (tenant_<slug>).
create table tenant (
    id                    uuid primary key,
    slug                  varchar(30)  not null unique
                          constraint tenant_slug_format check (slug ~ '^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,29}$'),
    display_name          varchar(120) not null,
    status                varchar(16)  not null constraint tenant_status check (status in ('ACTIVE', 'SUSPENDED')),
    schema_name           varchar(63)  not null unique
                          constraint tenant_schema_format check (schema_name ~ '^tenant_[a-z][a-z0-9_]{1,29}$'),
    default_locale        varchar(16)  not null,
    time_zone             varchar(64)  not null,
    currency              varchar(3)   not null,
    theme                 varchar(40)  not null,
    migration_fingerprint varchar(64),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               integer      not null default 0
);

-- A sub-domain host is stored as its label (the slug); a custom domain as a full host name, which always has a dot.
create table tenant_host (
    tenant_id uuid         not null references tenant (id) on delete cascade,
    host      varchar(253) not null unique,
    kind      varchar(16)  not null constraint tenant_host_kind check (kind in ('SUBDOMAIN', 'CUSTOM')),
    constraint tenant_host_shape check ((kind = 'SUBDOMAIN') = (position('.' in host) = 0)),
    primary key (tenant_id, host)
);

create table tenant_module (
    tenant_id  uuid        not null references tenant (id) on delete cascade,
    module_id  varchar(40) not null,
    origin     varchar(16) not null constraint tenant_module_origin check (origin in ('MANUAL', 'SUBSCRIPTION')),
    granted_at timestamptz not null,
    primary key (tenant_id, module_id)
);

create table tenant_vocabulary (
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    locale      varchar(16)  not null,
    message_key varchar(120) not null,
    text        varchar(300) not null,
    primary key (tenant_id, locale, message_key)
);
