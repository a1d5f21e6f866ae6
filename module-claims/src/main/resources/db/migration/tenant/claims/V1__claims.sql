-- The claims module's configuration (statuses, types, priorities, SLA, business calendar, canned replies) and the
-- detail of each ticket (messages, notes, timeline, attachments, reminders, SLA clock, rating). The ticket row itself,
-- with what lists show, is platform core's core_ticket.

create table clm_status (
    code         varchar(40)  primary key,
    category     varchar(20)  not null check (category in ('NEW', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED')),
    label_fr     varchar(100) not null,
    label_en     varchar(100) not null,
    label_ar     varchar(100) not null,
    position     int          not null,
    -- The status a ticket takes when it enters the category (a new ticket, a staff reply, a resolution…).
    is_default   boolean      not null default false,
    -- Cancelling a demand « qui n'a pas lieu d'être » (seed 000) moves it here.
    cancellation boolean      not null default false,
    active       boolean      not null default true
);
create unique index clm_status_default_idx on clm_status (category) where is_default;

create table clm_type (
    code     varchar(40)  primary key,
    label_fr varchar(100) not null,
    label_en varchar(100) not null,
    label_ar varchar(100) not null,
    position int          not null,
    active   boolean      not null default true
);

create table clm_priority (
    code       varchar(40)  primary key,
    label_fr   varchar(100) not null,
    label_en   varchar(100) not null,
    label_ar   varchar(100) not null,
    position   int          not null,
    is_default boolean      not null default false,
    active     boolean      not null default true
);

-- Targets in business minutes, per priority and optionally per type (a type-specific row wins).
create table clm_sla_policy (
    id                     uuid        primary key,
    priority_code          varchar(40) not null references clm_priority (code),
    type_code              varchar(40) references clm_type (code),
    first_response_minutes int         not null check (first_response_minutes > 0),
    resolution_minutes     int         not null check (resolution_minutes > 0)
);
create unique index clm_sla_policy_idx on clm_sla_policy (priority_code, coalesce(type_code, ''));

-- Weekly opening hours in the tenant's time zone: minutes from midnight, [opens, closes).
create table clm_business_hours (
    id          uuid primary key,
    day_of_week int  not null check (day_of_week between 1 and 7),
    opens_at    int  not null check (opens_at between 0 and 1439),
    closes_at   int  not null check (closes_at between 1 and 1440),
    check (opens_at < closes_at)
);

create table clm_holiday (
    day   date primary key,
    label varchar(100) not null
);

create table clm_canned_reply (
    id       uuid         primary key,
    title    varchar(100) not null,
    body     text         not null,
    position int          not null,
    active   boolean      not null default true
);

-- Public messages (the customer's, the staff's replies) and hidden notes, each with who wrote it.
create table clm_message (
    id             uuid         primary key,
    ticket_id      uuid         not null references core_ticket (id),
    hidden         boolean      not null,
    from_staff     boolean      not null,
    author_user_id uuid         references core_user (id),
    author_name    varchar(200) not null,
    body           text         not null,
    created_at     timestamptz  not null
);
create index clm_message_ticket_idx on clm_message (ticket_id, created_at);

-- The ticket's timeline: every action, who, when, and for a change of field its old and new value.
create table clm_event (
    id                  uuid         primary key,
    ticket_id           uuid         not null references core_ticket (id),
    occurred_at         timestamptz  not null,
    actor_user_id       uuid         references core_user (id),
    actor_name          varchar(200) not null,
    action              varchar(40)  not null,
    field               varchar(40),
    from_value          varchar(500),
    to_value            varchar(500),
    message_id          uuid         references clm_message (id),
    visible_to_customer boolean      not null
);
create index clm_event_ticket_idx on clm_event (ticket_id, occurred_at);

create table clm_attachment (
    id             uuid         primary key,
    ticket_id      uuid         not null references core_ticket (id),
    message_id     uuid         references clm_message (id),
    filename       varchar(255) not null,
    media_type     varchar(150) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    blob_key       varchar(300) not null,
    hidden         boolean      not null,
    uploaded_by    uuid         references core_user (id),
    uploaded_at    timestamptz  not null
);
create index clm_attachment_ticket_idx on clm_attachment (ticket_id);
create index clm_attachment_message_idx on clm_attachment (message_id);

create table clm_reminder (
    id             uuid         primary key,
    ticket_id      uuid         not null references core_ticket (id),
    due_at         timestamptz  not null,
    note           varchar(500),
    set_by_user_id uuid         references core_user (id),
    set_by_name    varchar(200) not null,
    created_at     timestamptz  not null,
    sent_at        timestamptz,
    cancelled_at   timestamptz
);
create index clm_reminder_due_idx on clm_reminder (due_at) where sent_at is null and cancelled_at is null;
create index clm_reminder_ticket_idx on clm_reminder (ticket_id);

-- The SLA clock of a ticket: its targets, the business minutes spent waiting on the customer, warning and breach.
create table clm_sla_clock (
    ticket_id              uuid        primary key references core_ticket (id),
    first_response_minutes int         not null,
    resolution_minutes     int         not null,
    paused_minutes         bigint      not null default 0,
    paused_since           timestamptz,
    warn_at                timestamptz,
    warned_at              timestamptz,
    breached_at            timestamptz,
    response_breached_at   timestamptz
);
create index clm_sla_clock_warn_idx on clm_sla_clock (warn_at) where warned_at is null and paused_since is null;

create table clm_rating (
    ticket_id     uuid         primary key references core_ticket (id),
    score         int          not null check (score between 1 and 5),
    comment       varchar(2000),
    rated_at      timestamptz  not null,
    rated_by      uuid         references core_user (id)
);

-- The default configuration every new tenant starts with; demo tenants get their own presets on top.
insert into clm_status (code, category, label_fr, label_en, label_ar, position, is_default, cancellation) values
    ('open',        'NEW',         'Ouverte',              'Open',                 'مفتوحة',          1, true,  false),
    ('in_progress', 'IN_PROGRESS', 'En cours',             'In progress',          'قيد المعالجة',     2, true,  false),
    ('waiting',     'WAITING',     'En attente du client', 'Waiting on customer',  'في انتظار العميل', 3, true,  false),
    ('resolved',    'RESOLVED',    'Traitée',              'Resolved',             'تمت معالجتها',     4, true,  false),
    ('closed',      'CLOSED',      'Fermée',               'Closed',               'مغلقة',            5, true,  false),
    ('cancelled',   'CLOSED',      'Annulée',              'Cancelled',            'ملغاة',            6, false, true);

insert into clm_type (code, label_fr, label_en, label_ar, position) values
    ('incident',     'Incident',                'Incident',                'عطل',             1),
    ('assistance',   'Demande d''assistance',   'Support request',         'طلب مساعدة',      2),
    ('order',        'Commande',                'Order',                   'طلب شراء',        3),
    ('termination',  'Demande de résiliation',  'Termination request',     'طلب إنهاء العقد', 4);

insert into clm_priority (code, label_fr, label_en, label_ar, position, is_default) values
    ('high',   'Haute',   'High',   'عالية',  1, false),
    ('normal', 'Normale', 'Normal', 'عادية',  2, true),
    ('low',    'Basse',   'Low',    'منخفضة', 3, false);

insert into clm_sla_policy (id, priority_code, type_code, first_response_minutes, resolution_minutes) values
    ('00000000-0000-4000-8000-000000000001', 'high',   null, 60,  480),
    ('00000000-0000-4000-8000-000000000002', 'normal', null, 240, 1440),
    ('00000000-0000-4000-8000-000000000003', 'low',    null, 480, 2880);

-- Monday to Friday, 08:00-12:00 and 13:00-17:00.
insert into clm_business_hours (id, day_of_week, opens_at, closes_at)
select gen_random_uuid(), d, o, c
from generate_series(1, 5) d, (values (480, 720), (780, 1020)) h(o, c);
