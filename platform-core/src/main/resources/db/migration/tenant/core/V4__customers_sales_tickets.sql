-- The shared customer, sale and ticket model grows what the customers and claims modules need (issues 4 and 5).

-- Customers: identity details, the sales rep in charge (seed 003), the reseller a customer depends on, consent, the
-- key other systems push changes by, and the normalised words search-as-you-type matches (kept by the entity).
alter table core_customer
    add column birth_date          date,
    add column registration_number varchar(40),
    add column segment             varchar(60),
    add column sales_rep_id        uuid references core_user (id),
    add column reseller_id         uuid references core_customer (id),
    add column consent_email       boolean      not null default false,
    add column consent_sms         boolean      not null default false,
    add column consent_phone       boolean      not null default false,
    add column external_ref        varchar(100),
    add column converted_at        timestamptz,
    add column anonymised_at       timestamptz,
    add column merged_into_id      uuid references core_customer (id),
    add column search_text         text         not null default '',
    add check (reseller_id is null or reseller_id <> id),
    add check (merged_into_id is null or merged_into_id <> id);
create unique index core_customer_external_ref_uq on core_customer (external_ref) where external_ref is not null;
create index core_customer_sales_rep_idx on core_customer (sales_rep_id, updated_at desc);
create index core_customer_reseller_idx on core_customer (reseller_id);
create index core_customer_stage_idx on core_customer (stage, updated_at desc);
create index core_customer_last_name_idx on core_customer (last_name, first_name);
create index core_customer_company_idx on core_customer (company_name);
create index core_customer_search_idx on core_customer using gin (search_text public.gin_trgm_ops);

-- Several e-mail addresses and phone numbers per customer; the first of each kind is also kept on core_customer.
-- normalized: the address in lower case, or the phone number's digits, for duplicate detection.
create table core_customer_contact (
    customer_id uuid         not null references core_customer (id) on delete cascade,
    position    integer      not null,
    kind        varchar(10)  not null check (kind in ('EMAIL', 'PHONE')),
    value       varchar(254) not null,
    normalized  varchar(254) not null,
    label       varchar(60),
    primary key (customer_id, position)
);
create index core_customer_contact_normalized_idx on core_customer_contact (kind, normalized);

create table core_customer_address (
    customer_id uuid         not null references core_customer (id) on delete cascade,
    position    integer      not null,
    label       varchar(60),
    line1       varchar(200) not null,
    line2       varchar(200),
    postal_code varchar(20),
    city        varchar(100),
    region      varchar(100),
    country     varchar(2),
    primary key (customer_id, position)
);

-- Products: the normalised reference and designation, searched from the third letter typed (seed 004).
alter table core_product add column search_text text not null default '';
create index core_product_search_idx on core_product using gin (search_text public.gin_trgm_ops);
create index core_product_name_idx on core_product (name);

-- Sales (seed 004): a product a customer bought, with its serial number (unique per product), or an order not yet
-- delivered (seed 001). A customer opens tickets on the products of his sales.
create table core_sale (
    id             uuid primary key,
    customer_id    uuid        not null references core_customer (id),
    product_id     uuid        not null references core_product (id),
    serial_number  varchar(15) check (serial_number ~ '^[0-9A-Z]{15}$'),
    sold_on        date        not null,
    status         varchar(20) not null check (status in ('ORDERED', 'DELIVERED')),
    delivered_on   date,
    seller_user_id uuid references core_user (id),
    site_id        uuid references core_site (id),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer     not null default 0,
    check ((status = 'DELIVERED') = (delivered_on is not null))
);
create unique index core_sale_serial_uq on core_sale (product_id, serial_number) where serial_number is not null;
create index core_sale_customer_idx on core_sale (customer_id, sold_on desc);
create index core_sale_product_idx on core_sale (product_id);

-- Tickets: what every list shows, filters and sorts on lives on the ticket row itself, so that a list of a million
-- tickets is one indexed query. customer_name follows the customer's name (trigger below); the claims module keeps
-- assignee_names, last_activity_by, the SLA deadlines and search_text (title, messages, notes and customer name,
-- normalised), from which the full-text vector is generated in French, English and Arabic.
alter table core_ticket
    add column type                  varchar(40),
    add column category              varchar(20)  not null default 'NEW'
        check (category in ('NEW', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED')),
    add column channel               varchar(20)  not null default 'STAFF'
        check (channel in ('PORTAL', 'STAFF', 'COUNTER', 'EMAIL', 'API')),
    add column site_id               uuid references core_site (id),
    add column sale_id               uuid references core_sale (id),
    add column created_by_user_id    uuid references core_user (id),
    add column author_email          varchar(254),
    add column author_name           varchar(200),
    add column customer_name         varchar(200),
    add column assignee_ids          uuid[]       not null default '{}',
    add column assignee_names        varchar(500),
    add column last_activity_by      varchar(200),
    add column resolved_at           timestamptz,
    add column first_responded_at    timestamptz,
    add column first_response_due_at timestamptz,
    add column resolution_due_at     timestamptz,
    add column search_text           text         not null default '',
    add column search_vector         tsvector generated always as (
        to_tsvector('pg_catalog.french', search_text)
            || to_tsvector('pg_catalog.english', search_text)
            || to_tsvector('pg_catalog.arabic', search_text)) stored;
create index core_ticket_search_idx on core_ticket using gin (search_vector);
create index core_ticket_category_idx on core_ticket (category, updated_at desc);
create index core_ticket_open_idx on core_ticket (updated_at desc) where category in ('NEW', 'IN_PROGRESS', 'WAITING');
create index core_ticket_done_idx on core_ticket (updated_at desc) where category in ('RESOLVED', 'CLOSED');
create index core_ticket_created_idx on core_ticket (created_at desc);
create index core_ticket_title_idx on core_ticket (lower(title));
create index core_ticket_customer_name_idx on core_ticket (customer_name);
create index core_ticket_assignees_idx on core_ticket (assignee_names);
create index core_ticket_assignee_ids_idx on core_ticket using gin (assignee_ids);
create index core_ticket_priority_idx on core_ticket (priority, updated_at desc);
create index core_ticket_type_idx on core_ticket (type, updated_at desc);
create index core_ticket_site_idx on core_ticket (site_id, updated_at desc);
create index core_ticket_creator_idx on core_ticket (created_by_user_id, updated_at desc);
create index core_ticket_resolution_due_idx on core_ticket (resolution_due_at)
    where category in ('NEW', 'IN_PROGRESS');
create index core_ticket_sale_idx on core_ticket (sale_id);

-- customer_name follows the customer: set when a ticket gets its customer, refreshed when the customer is renamed,
-- merged or anonymised, whatever code path changed him.
create function core_customer_display_name(c core_customer) returns varchar language sql immutable as $$
    select case when c.kind = 'LEGAL_PERSON' then c.company_name
                when c.first_name is null then c.last_name
                else c.first_name || ' ' || c.last_name end
$$;

create function core_ticket_take_customer_name() returns trigger language plpgsql as $$
begin
    if new.customer_id is null then
        new.customer_name := null;
    else
        execute format('select %I.core_customer_display_name(c) from %I.core_customer c where c.id = $1',
                       tg_table_schema, tg_table_schema)
            into new.customer_name using new.customer_id;
    end if;
    return new;
end
$$;
create trigger core_ticket_customer_name before insert or update of customer_id on core_ticket
    for each row execute function core_ticket_take_customer_name();

create function core_customer_rename_tickets() returns trigger language plpgsql as $$
begin
    execute format('update %I.core_ticket set customer_name = %I.core_customer_display_name($1) where customer_id = $2',
                   tg_table_schema, tg_table_schema)
        using new, new.id;
    return new;
end
$$;
create trigger core_customer_rename_tickets after update of kind, first_name, last_name, company_name on core_customer
    for each row when (core_customer_display_name(old) is distinct from core_customer_display_name(new))
    execute function core_customer_rename_tickets();

-- The history of one customer (conversion, merge, anonymisation) is read from the interaction history.
create index core_interaction_subject_idx on core_interaction (subject_type, subject_id, occurred_at desc);
