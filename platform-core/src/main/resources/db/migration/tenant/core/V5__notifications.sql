-- Notifications (customer specification 002: « Toutes les notifications doivent être envoyées par email et doivent
-- apparaître sur la plateforme »): the e-mail outbox, each user's in-app notifications, and his choices per kind.

-- Outgoing e-mail, written in the transaction of the change that caused it and sent afterwards, retried with back-off
-- until sent or given up. The Message-ID is fixed when the row is written, so a mail keeps its identity across retries.
create table core_outbox_mail (
    id                uuid primary key,
    kind              varchar(80)    not null,
    recipient         varchar(254)   not null,
    recipient_name    varchar(200),
    subject           varchar(300)   not null,
    text_body         varchar(20000) not null,
    html_body         varchar(40000),
    message_id        varchar(300)   not null unique,
    in_reply_to       varchar(300),
    references_header varchar(1000),
    reply_to          varchar(254),
    created_at        timestamptz    not null,
    attempts          integer        not null default 0,
    next_attempt_at   timestamptz    not null,
    last_attempt_at   timestamptz,
    sent_at           timestamptz,
    failed_at         timestamptz,
    last_error        varchar(1000),
    check (sent_at is null or failed_at is null)
);
-- The dispatcher's query: rows neither sent nor given up, due first.
create index core_outbox_mail_due_idx on core_outbox_mail (next_attempt_at) where sent_at is null and failed_at is null;

-- A user's in-app notifications, rendered in his language when they were sent.
create table core_notification (
    id         uuid primary key,
    user_id    uuid          not null references core_user (id) on delete cascade,
    kind       varchar(80)   not null,
    title      varchar(300)  not null,
    body       varchar(4000) not null,
    link       varchar(500),
    created_at timestamptz   not null,
    read_at    timestamptz
);
-- The list (newest first) and the unread count of the bell, which every page asks for.
create index core_notification_user_idx on core_notification (user_id, created_at desc);
create index core_notification_unread_idx on core_notification (user_id, created_at desc) where read_at is null;

-- A user's choice for one kind of notification; no row means the kind's defaults.
create table core_notification_preference (
    user_id    uuid        not null references core_user (id) on delete cascade,
    kind       varchar(80) not null,
    by_email   boolean     not null,
    in_app     boolean     not null,
    updated_at timestamptz not null,
    primary key (user_id, kind)
);
