-- Sites are found nearest first (the store locator): each site with coordinates carries its point on the unit sphere,
-- computed by the database from latitude and longitude, under a GiST index that orders by distance (cube's <->, the
-- straight-line distance between two points of the sphere, grows with the distance along the surface). Sites also get
-- the phone and the manager the locator and stock alerts name.
alter table core_site
    add column phone      varchar(40),
    add column manager_id uuid references core_user (id),
    add column closed_at  timestamptz,
    add column version    integer not null default 0,
    add column sphere_point public.cube generated always as (
        case when latitude is not null then public.cube(array[
            cos(radians(latitude::float8)) * cos(radians(longitude::float8)),
            cos(radians(latitude::float8)) * sin(radians(longitude::float8)),
            sin(radians(latitude::float8))]) end) stored;

create index core_site_sphere_point_idx on core_site using gist (sphere_point) where active;
create index core_site_manager_idx on core_site (manager_id);
