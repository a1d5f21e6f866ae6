-- The public help forum (seed 002, module 7; issue 22): categories, questions, their answers, an answer marked as the
-- solution, moderation (held, hidden, locked, pinned, moved) and the question turned into a ticket. Authors are the
-- tenant's accounts (core_user); their name is kept as it was when they wrote, so that lists read no other table.
create table prs_forum_category (
    id          uuid         primary key,
    slug        varchar(60)  not null unique,
    name        varchar(120) not null,
    description varchar(500),
    position    integer      not null default 0,
    created_at  timestamptz  not null,
    version     integer      not null default 0
);

create sequence prs_forum_question_number_seq;

create table prs_forum_question (
    id               uuid         primary key,
    number           bigint       not null unique,
    category_id      uuid         not null references prs_forum_category (id),
    title            varchar(200) not null,
    body             text         not null,
    author_id        uuid         not null references core_user (id),
    author_name      varchar(200) not null,
    author_staff     boolean      not null,
    -- PUBLISHED for everyone; HELD until a moderator lets it through (a link from a new account); HIDDEN by a moderator.
    state            varchar(12)  not null check (state in ('PUBLISHED', 'HELD', 'HIDDEN')),
    locked           boolean      not null default false,
    pinned           boolean      not null default false,
    -- The answer marked as the solution; no foreign key, which would make the two tables refer to each other (an
    -- export copies tables in foreign-key order).
    solution_id      uuid,
    answer_count     integer      not null default 0,
    ticket_number    varchar(40),
    -- The SHA-256 of the client's address, for the per-address limit: never the address itself.
    client_address   varchar(64)  not null,
    created_at       timestamptz  not null,
    last_activity_at timestamptz  not null,
    version          integer      not null default 0,
    -- Title, text and published answers, normalised (SearchText) then stemmed in French, English and Arabic.
    search_vector    tsvector     not null default ''::tsvector
);

create index prs_forum_question_list_idx on prs_forum_question (state, pinned desc, last_activity_at desc);
create index prs_forum_question_category_idx on prs_forum_question (category_id, state, last_activity_at desc);
create index prs_forum_question_created_idx on prs_forum_question (created_at desc);
create index prs_forum_question_author_idx on prs_forum_question (author_id, created_at desc);
create index prs_forum_question_address_idx on prs_forum_question (client_address, created_at desc);
create index prs_forum_question_search_idx on prs_forum_question using gin (search_vector);

create table prs_forum_answer (
    id             uuid         primary key,
    question_id    uuid         not null references prs_forum_question (id),
    body           text         not null,
    author_id      uuid         not null references core_user (id),
    author_name    varchar(200) not null,
    author_staff   boolean      not null,
    state          varchar(12)  not null check (state in ('PUBLISHED', 'HELD', 'HIDDEN')),
    client_address varchar(64)  not null,
    created_at     timestamptz  not null,
    version        integer      not null default 0
);

create index prs_forum_answer_question_idx on prs_forum_answer (question_id, created_at);
create index prs_forum_answer_author_idx on prs_forum_answer (author_id, created_at desc);
create index prs_forum_answer_address_idx on prs_forum_answer (client_address, created_at desc);
create index prs_forum_answer_held_idx on prs_forum_answer (created_at) where state = 'HELD';
