-- Spring Modulith's event publication registry (its v2 structure), shared by every tenant: events are written in the
-- publisher's transaction and marked complete once their listener succeeded, so that none is lost when a listener
-- (sending mail, say) fails or the application stops; incomplete ones are resubmitted.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
