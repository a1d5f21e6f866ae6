-- Each tenant's Stripe customer and subscription as last read from Stripe, and since when it is unpaid.
create table tenant_subscription (
    tenant_slug            varchar(30)  primary key references tenant (slug) on delete cascade on update cascade,
    stripe_customer_id     varchar(255) not null unique,
    stripe_subscription_id varchar(255) unique,
    status                 varchar(32),
    current_period_end     timestamptz,
    monthly_total          bigint,
    currency               varchar(3),
    unpaid_since           timestamptz,
    pay_link               varchar(2000),
    cancelled_at           timestamptz,
    updated_at             timestamptz  not null,
    version                integer      not null default 0
);

-- Stripe's webhook events as they arrived: one row per event id, so that a replay changes nothing, handled after the
-- answer and retried until handled.
create table stripe_event (
    id          varchar(255) primary key,
    type        varchar(100) not null,
    payload     text         not null,
    received_at timestamptz  not null,
    attempts    integer      not null default 0,
    last_error  varchar(2000),
    handled_at  timestamptz
);
create index stripe_event_unhandled on stripe_event (received_at) where handled_at is null;
