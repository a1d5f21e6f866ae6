-- Quote requests, their appointments, and quotes with their immutable sent revisions (ADR 63). A sales
-- representative's reach is read from core_customer.sales_rep_id at query time, never copied here.

-- One counter per kind of number and year: UPDATE ... RETURNING takes the next one in the caller's transaction.
create table quo_counter (
    kind       varchar(10) not null,
    year       integer     not null,
    last_value integer     not null,
    primary key (kind, year)
);

create table quo_request (
    id                uuid primary key,
    number            varchar(20)  not null unique,
    customer_id       uuid         not null,
    channel           varchar(10)  not null,
    message           text         not null,
    ticket_id         uuid,
    ticket_number     varchar(40),
    appointment       varchar(10),
    site_id           uuid,
    wished_at         timestamptz,
    slot_at           timestamptz,
    slot_confirmed_at timestamptz,
    slot_confirmed_by uuid,
    reminded_at       timestamptz,
    status            varchar(12)  not null,
    quote_id          uuid,
    created_by        uuid         not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           integer      not null default 0
);
create index quo_request_status_idx on quo_request (status, created_at desc);
create index quo_request_customer_idx on quo_request (customer_id, created_at desc);
create index quo_request_reminder_idx on quo_request (slot_at) where slot_confirmed_at is not null and reminded_at is null;

-- What the customer wants: catalogue items (by their port reference, with the label read when asked) or free text.
create table quo_request_item (
    request_id uuid         not null references quo_request (id),
    position   integer      not null,
    item_ref   varchar(80),
    label      varchar(300) not null,
    quantity   integer      not null,
    primary key (request_id, position)
);

create table quo_quote (
    id              uuid primary key,
    number          varchar(20)  not null unique,
    customer_id     uuid         not null,
    request_id      uuid references quo_request (id),
    ticket_number   varchar(40),
    currency        varchar(3)   not null,
    status          varchar(12)  not null,
    revision        integer      not null,
    sent_revision   integer,
    valid_until     date         not null,
    total_net       numeric(19, 4) not null,
    total_gross     numeric(19, 4) not null,
    created_by      uuid         not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    decided_at      timestamptz,
    version         integer      not null default 0
);
create index quo_quote_status_idx on quo_quote (status, updated_at desc);
create index quo_quote_customer_idx on quo_quote (customer_id, updated_at desc);

-- A sent revision: frozen with its validity and totals; its lines are the quo_quote_line rows of its number.
create table quo_revision (
    quote_id     uuid           not null references quo_quote (id),
    revision     integer        not null,
    valid_until  date           not null,
    total_net    numeric(19, 4) not null,
    total_tax    numeric(19, 4) not null,
    total_gross  numeric(19, 4) not null,
    sent_by      uuid           not null,
    sent_at      timestamptz    not null,
    primary key (quote_id, revision)
);

-- The lines of every revision of a quote: the draft revision's change, a sent revision's never do.
create table quo_quote_line (
    id            uuid primary key,
    quote_id      uuid           not null references quo_quote (id),
    revision      integer        not null,
    position      integer        not null,
    description   varchar(500)   not null,
    item_ref      varchar(80),
    quantity      numeric(19, 4) not null,
    unit_price    numeric(19, 4) not null,
    discount      numeric(7, 4)  not null,
    tax_rate      numeric(7, 4)  not null,
    unique (quote_id, revision, position)
);

-- A sent revision's lines may not change: the database refuses it too.
create function quo_frozen_line() returns trigger language plpgsql as $$
declare
    frozen boolean;
begin
    execute format('select exists (select 1 from %I.quo_revision where quote_id = $1 and revision = $2)', tg_table_schema)
        into frozen using old.quote_id, old.revision;
    if frozen then
        raise exception 'A sent revision of a quote never changes';
    end if;
    return coalesce(new, old);
end
$$;
create trigger quo_frozen_line before update or delete on quo_quote_line
    for each row execute function quo_frozen_line();
