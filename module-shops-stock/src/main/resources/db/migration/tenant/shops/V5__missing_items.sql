-- A count of a serial-numbered product lists the numbers found; an item in stock that the count did not find is
-- missing: it leaves the quantity and stays findable by its number, never deleted.
alter table shp_stock_item drop constraint shp_stock_item_status_check;
alter table shp_stock_item add constraint shp_stock_item_status_check
    check (status in ('IN_STOCK', 'SOLD', 'MISSING'));
