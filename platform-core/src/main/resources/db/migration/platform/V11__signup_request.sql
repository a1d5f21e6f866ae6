-- Organisations signing up on the base host, from the form to their running tenant. The client address counts the
-- sign-ups of one address (a limit per hour); the row is what the waiting page shows.
create table signup_request (
    id             uuid         primary key,
    slug           varchar(30)  not null,
    display_name   varchar(120) not null,
    admin_first    varchar(80),
    admin_last     varchar(80)  not null,
    admin_email    varchar(254) not null,
    modules        varchar(400) not null,
    zone           varchar(40)  not null,
    trial          boolean      not null,
    status         varchar(16)  not null
                   constraint signup_request_status check (status in ('PAYING', 'PROVISIONING', 'READY', 'FAILED')),
    problem        varchar(200),
    client_address varchar(64)  not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        integer      not null default 0
);
create index signup_request_by_address on signup_request (client_address, created_at);
create unique index signup_request_open_slug on signup_request (slug) where status in ('PAYING', 'PROVISIONING');
