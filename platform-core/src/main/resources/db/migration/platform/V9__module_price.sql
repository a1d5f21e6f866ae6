-- Each module's monthly price, set in the console, and the Stripe product and recurring price that publish it.
create table module_price (
    module_id         varchar(40)    primary key,
    monthly_amount    numeric(19, 4) not null constraint module_price_amount check (monthly_amount >= 0),
    currency          varchar(3)     not null default 'EUR' constraint module_price_currency check (currency ~ '^[A-Z]{3}$'),
    stripe_product_id varchar(255),
    stripe_price_id   varchar(255),
    updated_at        timestamptz    not null,
    version           integer        not null default 0
);
