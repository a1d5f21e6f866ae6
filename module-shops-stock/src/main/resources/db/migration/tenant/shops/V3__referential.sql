-- La Poste's referential (seed 000): the partner companies (« entités ») providing services through the access kiosks,
-- their issuing structures as a tree of any depth under each, the structure each kiosk service refers to (the service
-- itself is a core_product of kind SERVICE, which tickets and sales already refer to) and the agencies offering it.
create table shp_partner (
    id         uuid primary key,
    code       varchar(40)  not null unique,
    name       varchar(200) not null,
    created_at timestamptz  not null,
    version    integer      not null default 0
);

create table shp_structure (
    id         uuid primary key,
    partner_id uuid         not null references shp_partner (id),
    parent_id  uuid,
    code       varchar(40)  not null unique,
    name       varchar(200) not null,
    created_at timestamptz  not null,
    version    integer      not null default 0,
    unique (id, partner_id),
    -- a sub-structure belongs to its parent's partner: a structure never hangs under another partner's tree
    foreign key (parent_id, partner_id) references shp_structure (id, partner_id),
    check (parent_id <> id)
);
create index shp_structure_partner_idx on shp_structure (partner_id);
create index shp_structure_parent_idx on shp_structure (parent_id);

create table shp_kiosk_service (
    product_id   uuid primary key references core_product (id),
    structure_id uuid not null references shp_structure (id),
    version      integer not null default 0
);
create index shp_kiosk_service_structure_idx on shp_kiosk_service (structure_id);

create table shp_kiosk_offer (
    product_id uuid not null references shp_kiosk_service (product_id) on delete cascade,
    site_id    uuid not null references core_site (id),
    primary key (product_id, site_id)
);
create index shp_kiosk_offer_site_idx on shp_kiosk_offer (site_id);
