-- Seed 000: « un agent de terrain appartient à une et une seule agence ». Where the tenant says so, an agent or seller
-- account is refused without its site.
alter table shp_settings add column one_site_per_agent boolean not null default false;
