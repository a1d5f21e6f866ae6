-- The stand-in depot module of the tests (guichet.platform.testing.DepotModule): how many of each product it holds.
create table dep_stock (
    product_id uuid primary key references core_product (id),
    quantity   integer not null check (quantity >= 0)
);
