-- Consumption (issue 17, seed 002 module 6 « taux de consommation »): the operator's usage figures per customer and
-- month, imported with the customer base (CSV, XLSX or the API). The latest month's amount billed and data used are
-- also kept as the customer's gauges (core_customer_gauge), which the customer list bands him by.
create table cus_monthly_usage (
    customer_id   uuid           not null references core_customer (id) on delete cascade,
    -- The month's first day.
    month         date           not null constraint cus_monthly_usage_month check (extract(day from month) = 1),
    voice_minutes numeric(14, 2) not null constraint cus_monthly_usage_voice check (voice_minutes >= 0),
    sms           bigint         not null constraint cus_monthly_usage_sms check (sms >= 0),
    data_mb       numeric(14, 2) not null constraint cus_monthly_usage_data check (data_mb >= 0),
    billed        numeric(14, 2) not null constraint cus_monthly_usage_billed check (billed >= 0),
    -- The segment its figures were counted under, so that importing the month again withdraws exactly those.
    segment       varchar(100),
    imported_at   timestamptz    not null,
    primary key (customer_id, month)
);
