-- A customer's gauges (issue 17): the latest value of a number a module keeps about him, such as the amount billed or
-- the data used in his latest month of consumption, which the customer list bands him by (« consommation de 50 à
-- 150 »). The module keeps the history; the platform keeps the latest value only, for filters and search.
create table core_customer_gauge (
    customer_id uuid          not null references core_customer (id) on delete cascade,
    gauge       varchar(32)   not null,
    value       numeric(18, 2) not null,
    -- The day the value is about (a month's last day); an older value never replaces a newer one.
    as_of       date          not null,
    primary key (customer_id, gauge)
);
create index core_customer_gauge_value_idx on core_customer_gauge (gauge, value);
