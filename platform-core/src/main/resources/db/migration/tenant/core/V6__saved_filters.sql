-- Saved filters (spec 002: « mémoriser des critères du filtre de recherche dans un modèle »): a list's criteria under a
-- name, kept for their owner or shared with the tenant's staff.
create table core_saved_filter (
    id            uuid primary key,
    list_key      varchar(60)   not null,
    name          varchar(80)   not null,
    query         varchar(2000) not null,
    owner_user_id uuid          not null references core_user (id) on delete cascade,
    shared        boolean       not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    constraint core_saved_filter_name_uq unique (owner_user_id, list_key, name)
);
create index core_saved_filter_shared_idx on core_saved_filter (list_key) where shared;
