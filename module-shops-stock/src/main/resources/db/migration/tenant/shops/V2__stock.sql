-- Stock: how many of each product each site holds (never below zero: the check refuses it, and every decrease is a
-- conditional update, so two sales of the last unit cannot both pass), the alert threshold, and the journal of every
-- movement with who and when. Serial-numbered items (phones, 4G keys, SIM cards) are followed one by one from their
-- receipt to the sale that takes them.
create table shp_stock (
    site_id       uuid        not null references core_site (id),
    product_id    uuid        not null references core_product (id),
    quantity      integer     not null default 0 check (quantity >= 0),
    low_threshold integer     check (low_threshold >= 0),
    updated_at    timestamptz not null,
    primary key (site_id, product_id)
);
create index shp_stock_product_idx on shp_stock (product_id);

create table shp_stock_movement (
    id            uuid primary key,
    kind          varchar(20)  not null
        check (kind in ('RECEIPT', 'SALE', 'TRANSFER_OUT', 'TRANSFER_IN', 'RETURN', 'ADJUSTMENT', 'COUNT')),
    site_id       uuid         not null references core_site (id),
    product_id    uuid         not null references core_product (id),
    quantity      integer      not null,
    balance       integer      not null check (balance >= 0),
    reason        varchar(300),
    other_site_id uuid references core_site (id),
    transfer_id   uuid,
    sale_id       uuid references core_sale (id),
    serials       varchar(2000),
    actor_id      uuid references core_user (id),
    actor_label   varchar(254) not null,
    created_at    timestamptz  not null
);
create index shp_stock_movement_site_idx on shp_stock_movement (site_id, created_at desc);
create index shp_stock_movement_product_idx on shp_stock_movement (product_id, created_at desc);
create index shp_stock_movement_sale_idx on shp_stock_movement (sale_id) where sale_id is not null;

create table shp_stock_item (
    id            uuid primary key,
    product_id    uuid        not null references core_product (id),
    serial_number varchar(15) not null check (serial_number ~ '^[0-9A-Z]{15}$'),
    site_id       uuid        not null references core_site (id),
    status        varchar(12) not null check (status in ('IN_STOCK', 'SOLD')),
    sale_id       uuid references core_sale (id),
    received_at   timestamptz not null,
    updated_at    timestamptz not null,
    unique (product_id, serial_number),
    check ((status = 'SOLD') = (sale_id is not null))
);
create index shp_stock_item_place_idx on shp_stock_item (site_id, product_id, status);
