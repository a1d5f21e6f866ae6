-- The e-mail door (seed 003): the tenant's IMAP mailbox, polled for new tickets and replies, and every inbound mail
-- it read, keyed by its Message-ID (a hash of its bytes when it has none), so the same mail never makes two tickets.

create table clm_mailbox (
    -- One mailbox per tenant: the row's key is fixed.
    id                  smallint     primary key default 1 check (id = 1),
    host                varchar(255) not null,
    port                int          not null check (port between 1 and 65535),
    security            varchar(10)  not null check (security in ('NONE', 'STARTTLS', 'SSL')),
    username            varchar(255) not null,
    -- AES-GCM with a key from guichet.claims.mailbox.secret-key, never the password itself.
    password_cipher     varchar(1000),
    folder              varchar(255) not null default 'INBOX',
    enabled             boolean      not null default false,
    poll_minutes        int          not null default 1 check (poll_minutes between 1 and 1440),
    last_polled_at      timestamptz,
    -- A message key (claims.mailbox.error.*) and the server's own words, for the tenant's administrators.
    last_error          varchar(100),
    last_error_detail   varchar(1000),
    last_error_at       timestamptz,
    updated_at          timestamptz  not null
);

create table clm_inbound_mail (
    id            uuid          primary key,
    -- The mail's Message-ID, or 'sha256:' and the hash of its bytes when it has none.
    message_key   varchar(1000) not null,
    from_email    varchar(320),
    subject       varchar(1000),
    outcome       varchar(20)   not null check (outcome in ('OPENED', 'ADDED', 'IGNORED', 'FAILED')),
    ticket_id     uuid,
    attempts      int           not null default 0,
    error         varchar(1000),
    received_at   timestamptz   not null,
    updated_at    timestamptz   not null
);
create unique index clm_inbound_mail_key_idx on clm_inbound_mail (message_key);
create index clm_inbound_mail_failed_idx on clm_inbound_mail (updated_at) where outcome = 'FAILED';
