-- The per-customer wiki (seed 003: « les éléments du wiki seront regroupés par clients et non par tickets »): pages
-- grouped by customer, staff-only unless shared with that customer, each change kept as a numbered revision.
create table cus_wiki_page (
    id         uuid primary key,
    customer_id uuid        not null references core_customer (id),
    title      varchar(200) not null,
    body       text         not null check (length(body) <= 100000),
    shared     boolean      not null default false,
    revision   integer      not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    search_text text        not null default '',
    version    integer      not null default 0
);
create index cus_wiki_page_customer_idx on cus_wiki_page (customer_id, updated_at desc);
-- The wiki's search: every typed word found in a page's title or text (accents and case ignored), as the product
-- search does, through a trigram index.
create index cus_wiki_page_search_idx on cus_wiki_page using gin (search_text public.gin_trgm_ops);

create table cus_wiki_revision (
    id         uuid primary key,
    page_id    uuid         not null references cus_wiki_page (id) on delete cascade,
    number     integer      not null,
    title      varchar(200) not null,
    body       text         not null,
    author     varchar(200) not null,
    created_at timestamptz  not null,
    unique (page_id, number)
);

-- Files attached to a page (a plan, a photo of the installation), their content in the tenant's blob store.
create table cus_wiki_attachment (
    id          uuid primary key,
    page_id     uuid         not null references cus_wiki_page (id) on delete cascade,
    filename    varchar(255) not null,
    media_type  varchar(120) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    blob_key    varchar(300) not null,
    uploaded_by varchar(200) not null,
    uploaded_at timestamptz  not null
);
create index cus_wiki_attachment_page_idx on cus_wiki_attachment (page_id, uploaded_at);
