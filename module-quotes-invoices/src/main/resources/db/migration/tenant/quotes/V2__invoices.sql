-- Invoices (issue 18): the seller's mentions per tenant, invoices and credit notes with their lines, payments, the
-- per-year counters that number them without gaps, and customers' invoice requests. Amounts are stored at the
-- currency's minor unit (numeric(19,3) holds EUR, TND and XOF); an issued document's mentions are frozen on its row.

create table inv_seller (
    id            smallint     primary key default 1 check (id = 1),
    legal_name    varchar(200),
    address       varchar(500),
    tax_ids       varchar(300),
    payment_terms varchar(500),
    updated_at    timestamptz  not null,
    version       integer      not null default 0
);

-- One row per kind (FAC invoices, AVO credit notes) and year; issuing takes the next value with UPDATE ... RETURNING,
-- whose row lock is held until the issuing transaction ends: numbers are gapless and never taken twice.
create table inv_counter (
    kind       varchar(3) not null check (kind in ('FAC', 'AVO')),
    year       integer    not null,
    last_value bigint     not null,
    primary key (kind, year)
);

create table inv_invoice (
    id                  uuid          primary key,
    kind                varchar(12)   not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    number              varchar(20)   unique,
    status              varchar(16)   not null
        check (status in ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'CREDITED', 'MERGED')),
    customer_id         uuid          not null references core_customer (id),
    currency            varchar(3)    not null,
    -- Where it came from, one origin a line (quote:DEV-2026-0001 r2); a merge keeps every merged draft's.
    origins             varchar(2000) not null default '',
    merged_into_id      uuid          references inv_invoice (id),
    credited_invoice_id uuid          references inv_invoice (id),
    buyer_name          varchar(300),
    buyer_address       varchar(500),
    delivery_date       date,
    issue_date          date,
    -- The seller's mentions as they were when it was issued.
    seller_legal_name   varchar(200),
    seller_address      varchar(500),
    seller_tax_ids      varchar(300),
    payment_terms       varchar(500),
    net                 numeric(19, 3) not null default 0,
    tax                 numeric(19, 3) not null default 0,
    gross               numeric(19, 3) not null default 0,
    -- Paid and credited so far (an invoice only): its status follows them.
    paid                numeric(19, 3) not null default 0,
    credited            numeric(19, 3) not null default 0,
    language            varchar(5)    not null default 'fr',
    pdf_key             varchar(100),
    created_at          timestamptz   not null,
    issued_at           timestamptz,
    version             integer       not null default 0,
    check ((status = 'DRAFT' or status = 'MERGED') = (number is null))
);

create index inv_invoice_list_idx on inv_invoice (created_at desc);
create index inv_invoice_customer_idx on inv_invoice (customer_id, created_at desc);
create index inv_invoice_status_idx on inv_invoice (status, created_at desc);

create table inv_line (
    id                uuid           primary key,
    invoice_id        uuid           not null references inv_invoice (id),
    position          integer        not null,
    description       varchar(500)   not null,
    item_ref          varchar(80),
    quantity          numeric(19, 3) not null check (quantity > 0),
    unit_price        numeric(19, 3) not null check (unit_price >= 0),
    discount_percent  numeric(7, 4)  not null,
    tax_rate_percent  numeric(7, 4)  not null,
    -- How much of it credit notes have cancelled (an invoice's line).
    credited_quantity numeric(19, 3) not null default 0
);

-- Not unique: a draft's lines are replaced, the new ones inserted before the old ones are deleted.
create index inv_line_invoice_idx on inv_line (invoice_id, position);

create table inv_tax_total (
    invoice_id       uuid           not null references inv_invoice (id),
    tax_rate_percent numeric(7, 4)  not null,
    base             numeric(19, 3) not null,
    tax              numeric(19, 3) not null,
    primary key (invoice_id, tax_rate_percent)
);

create table inv_payment (
    id          uuid           primary key,
    invoice_id  uuid           not null references inv_invoice (id),
    amount      numeric(19, 3) not null check (amount > 0),
    paid_on     date           not null,
    method      varchar(40)    not null,
    reference   varchar(100),
    recorded_by uuid           references core_user (id),
    recorded_at timestamptz    not null
);

create index inv_payment_invoice_idx on inv_payment (invoice_id, recorded_at);

-- A customer asks for a copy of an invoice or an invoice for a past purchase; staff answer from a work queue.
create table inv_request (
    id           uuid          primary key,
    customer_id  uuid          not null references core_customer (id),
    kind         varchar(12)   not null check (kind in ('COPY', 'PURCHASE')),
    invoice_id   uuid          references inv_invoice (id),
    message      varchar(2000) not null,
    status       varchar(10)   not null check (status in ('OPEN', 'ANSWERED')),
    answer       varchar(2000),
    answered_by  uuid          references core_user (id),
    created_at   timestamptz   not null,
    answered_at  timestamptz,
    version      integer       not null default 0
);

create index inv_request_queue_idx on inv_request (status, created_at);
create index inv_request_customer_idx on inv_request (customer_id, created_at desc);
