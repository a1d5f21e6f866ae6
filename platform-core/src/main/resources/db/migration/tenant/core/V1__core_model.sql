-- Platform core's shared model, in every tenant schema. Modules add their own tables next to these.

create table core_site (
    id          uuid primary key,
    code        varchar(20)  not null unique,
    name        varchar(120) not null,
    kind        varchar(20)  not null check (kind in ('AGENCY', 'SHOP', 'POINT_OF_SALE', 'KIOSK', 'WAREHOUSE')),
    address     varchar(300),
    city        varchar(100),
    postal_code varchar(20),
    country     varchar(2),
    latitude    numeric(9, 6) check (latitude between -90 and 90),
    longitude   numeric(9, 6) check (longitude between -180 and 180),
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    check ((latitude is null) = (longitude is null))
);

create sequence core_customer_number_seq start with 1000;

create table core_customer (
    id           uuid primary key,
    number       varchar(30)  not null unique,
    kind         varchar(20)  not null check (kind in ('NATURAL_PERSON', 'LEGAL_PERSON')),
    stage        varchar(20)  not null check (stage in ('PROSPECT', 'CUSTOMER')),
    first_name   varchar(100),
    last_name    varchar(100),
    company_name varchar(200),
    email        varchar(254),
    phone        varchar(40),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      integer      not null default 0,
    check (kind <> 'NATURAL_PERSON' or last_name is not null),
    check (kind <> 'LEGAL_PERSON' or company_name is not null)
);
create index core_customer_email_idx on core_customer (lower(email));
create index core_customer_updated_idx on core_customer (updated_at desc);

create table core_user (
    id               uuid primary key,
    kind             varchar(20)  not null check (kind in ('STAFF', 'CUSTOMER')),
    email            varchar(254) not null,
    first_name       varchar(100),
    last_name        varchar(100) not null,
    site_id          uuid references core_site (id),
    customer_id      uuid references core_customer (id),
    identity_subject varchar(64) unique,
    locale           varchar(16),
    active           boolean      not null default true,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          integer      not null default 0,
    check (kind = 'STAFF' or site_id is null),
    check (kind = 'CUSTOMER' or customer_id is null)
);
create unique index core_user_email_uq on core_user (lower(email));
create index core_user_site_idx on core_user (site_id);
create index core_user_customer_idx on core_user (customer_id);

create table core_product (
    id         uuid primary key,
    code       varchar(40)  not null unique,
    name       varchar(200) not null,
    kind       varchar(20)  not null check (kind in ('PRODUCT', 'SERVICE')),
    on_sale    boolean      not null default true,
    provider   varchar(200),
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    integer      not null default 0
);

create sequence core_ticket_number_seq start with 1;

create table core_ticket (
    id          uuid primary key,
    number      varchar(30)  not null unique,
    title       varchar(200) not null,
    status      varchar(40)  not null,
    priority    varchar(20)  not null,
    customer_id uuid references core_customer (id),
    product_id  uuid references core_product (id),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    closed_at   timestamptz,
    version     integer      not null default 0
);
create index core_ticket_updated_idx on core_ticket (updated_at desc);
create index core_ticket_customer_idx on core_ticket (customer_id, updated_at desc);
create index core_ticket_status_idx on core_ticket (status, updated_at desc);
create index core_ticket_product_idx on core_ticket (product_id);
