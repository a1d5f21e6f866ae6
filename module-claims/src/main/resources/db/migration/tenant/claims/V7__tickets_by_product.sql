-- The staff list filters tickets by product or service (issue 16: a post office's demands by service), latest activity
-- first, as it filters them by agency (core_ticket_site_idx). This index also answers every lookup by product alone,
-- so it replaces core's plain one rather than adding a 26th index to each ticket update.
create index clm_ticket_product_idx on core_ticket (product_id, updated_at desc);
drop index if exists core_ticket_product_idx;
