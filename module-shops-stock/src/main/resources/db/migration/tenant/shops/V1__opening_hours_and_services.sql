-- When each site is open: its week (one row per opening on a weekday, two for a lunch break) and the days that differ
-- (a holiday, a closure, shorter hours), in the tenant's time zone; and the services a site offers, which the store
-- locator shows and filters on.
create table shp_opening (
    id      uuid primary key,
    site_id uuid     not null references core_site (id),
    weekday smallint not null check (weekday between 1 and 7),
    opens   time     not null,
    closes  time     not null,
    check (closes > opens)
);
create index shp_opening_site_idx on shp_opening (site_id, weekday, opens);

create table shp_special_day (
    id      uuid primary key,
    site_id uuid         not null references core_site (id),
    day     date         not null,
    opens   time,
    closes  time,
    reason  varchar(120) not null,
    unique (site_id, day),
    check ((opens is null) = (closes is null)),
    check (closes > opens)
);

create table shp_service (
    id         uuid primary key,
    code       varchar(40)  not null unique,
    name       varchar(200) not null,
    active     boolean      not null default true,
    created_at timestamptz  not null,
    version    integer      not null default 0
);

create table shp_site_service (
    service_id uuid not null references shp_service (id),
    site_id    uuid not null references core_site (id),
    primary key (service_id, site_id)
);
create index shp_site_service_site_idx on shp_site_service (site_id);

-- The locator's map: tiles from the tenant's own tile server (none by default: the page is a list and a map of
-- markers without a background).
create table shp_settings (
    id               smallint primary key check (id = 1),
    tile_url         varchar(300),
    tile_attribution varchar(300)
);
insert into shp_settings (id) values (1);
