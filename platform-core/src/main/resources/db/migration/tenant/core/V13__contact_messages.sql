-- Contact the administrator (issue 22; seed 002: « N'importe quel utilisateur de l'application peut envoyer un email à
-- l'administrateur pour demander une information ou déclarer un bug »): what a signed-in user sends the tenant's
-- administrators from any page, and the thread of answers that follows it.
create table core_contact_message (
    id                   uuid primary key,
    author_id            uuid          not null references core_user (id) on delete cascade,
    -- Kept as they were when he wrote, so a list shows them without reading the users.
    author_name          varchar(254)  not null,
    author_email         varchar(254)  not null,
    author_staff         boolean       not null,
    kind                 varchar(10)   not null constraint core_contact_message_kind check (kind in ('QUESTION', 'BUG')),
    subject              varchar(150)  not null,
    body                 varchar(5000) not null,
    -- The page of the tenant's host he wrote from: a path and its query, never another host.
    page                 varchar(500),
    status               varchar(10)   not null
        constraint core_contact_message_status check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    screenshot_name      varchar(255),
    screenshot_type      varchar(100),
    screenshot_size      bigint,
    screenshot_sha256    varchar(64),
    screenshot_key       varchar(36),
    replies              integer       not null default 0,
    passed_on_at         timestamptz,
    owner_answered_at    timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null
);
-- The author's own list, newest first.
create index core_contact_message_author_idx on core_contact_message (author_id, created_at desc);
-- The administrators' inbox: filtered by status, newest activity first.
create index core_contact_message_status_idx on core_contact_message (status, updated_at desc);
create index core_contact_message_updated_idx on core_contact_message (updated_at desc);

-- An answer, a follow-up of the author, a note passing the message on or the platform owner's answer.
create table core_contact_reply (
    id          uuid primary key,
    message_id  uuid          not null references core_contact_message (id) on delete cascade,
    author      varchar(10)   not null constraint core_contact_reply_author check (author in ('ADMIN', 'AUTHOR', 'OWNER')),
    author_name varchar(254)  not null,
    body        varchar(5000) not null,
    -- Whether the message's author sees it: the administrators' notes to the platform owner and his answers he does not.
    public_reply boolean      not null,
    created_at  timestamptz   not null
);
create index core_contact_reply_message_idx on core_contact_reply (message_id, created_at);
