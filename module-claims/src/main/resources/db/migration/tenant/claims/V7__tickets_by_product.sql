-- The staff list filters tickets by product or service (issue 16: a post office's demands by service), latest activity
-- first, as it filters them by agency (core_ticket_site_idx). Core's plain index on product_id stays: it is core's, and
-- a module does not drop what another part of the platform created.
create index clm_ticket_product_idx on core_ticket (product_id, updated_at desc);
