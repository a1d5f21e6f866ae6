-- The tenant's interaction history (seed 000: « l'administrateur peut visualiser la totalité des interactions »):
-- who did what, when and from where. Sign-ins and their failures come from the realm's events, the rest from Guichet.
create table core_interaction (
    id            uuid primary key,
    occurred_at   timestamptz  not null,
    action        varchar(60)  not null,
    actor_user_id uuid references core_user (id),
    actor_label   varchar(254),
    subject_type  varchar(40),
    subject_id    varchar(80),
    summary       varchar(500),
    ip_address    varchar(64),
    user_agent    varchar(300),
    source        varchar(20)  not null check (source in ('GUICHET', 'KEYCLOAK')),
    external_id   varchar(80) unique
);
create index core_interaction_time_idx on core_interaction (occurred_at desc);
create index core_interaction_action_idx on core_interaction (action, occurred_at desc);
create index core_interaction_actor_idx on core_interaction (actor_user_id, occurred_at desc);
