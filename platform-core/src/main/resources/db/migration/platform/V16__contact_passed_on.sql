-- A tenant administrator's message passed on to the platform owner (issue 22): the only part of a tenant's contact
-- messages the console sees, copied when it is passed on, with the owner's answer, which goes back to the tenant.
create table contact_passed_on (
    id             uuid          primary key,
    tenant_slug    varchar(30)   not null,
    message_id     uuid          not null,
    kind           varchar(10)   not null constraint contact_passed_on_kind check (kind in ('QUESTION', 'BUG')),
    subject        varchar(150)  not null,
    body           varchar(5000) not null,
    page           varchar(500),
    author_name    varchar(254)  not null,
    passed_by      varchar(254)  not null,
    note           varchar(2000),
    passed_at      timestamptz   not null,
    answer         varchar(5000),
    answered_by    varchar(254),
    answered_at    timestamptz,
    constraint contact_passed_on_message_uq unique (tenant_slug, message_id)
);
-- The console's list: those still waiting first, newest first.
create index contact_passed_on_passed_idx on contact_passed_on (passed_at desc);
