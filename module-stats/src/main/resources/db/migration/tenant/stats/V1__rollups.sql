-- The statistics module's rollups: the modules' facts (FactsRecorded), kept first in the transaction of the change
-- that made them (sta_pending_fact), then folded by the drain into one row per day, measure, dimension member and
-- sales representative (sta_rollup). Pages read rollups only, never the modules' records.

create table sta_pending_fact (
    id          bigserial    primary key,
    measure     varchar(64)  not null,
    at          timestamptz  not null,
    customer_id uuid,
    members     text[]       not null,
    value       bigint       not null,
    recorded_at timestamptz  not null default now()
);

-- dimension '' and member '' hold the measure's total over all members; rep is the customer's sales representative
-- when the fact was folded, the nil uuid for none (a primary key column cannot be null).
create table sta_rollup (
    day       date         not null,
    measure   varchar(64)  not null,
    dimension varchar(32)  not null,
    member    varchar(100) not null,
    rep       uuid         not null,
    count     bigint       not null,
    total     bigint       not null,
    primary key (measure, dimension, day, member, rep)
);
-- A sales representative's figures.
create index sta_rollup_rep_idx on sta_rollup (rep, measure, dimension, day) where rep <> '00000000-0000-0000-0000-000000000000';
