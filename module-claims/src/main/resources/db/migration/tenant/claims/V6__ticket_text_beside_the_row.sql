-- A ticket's full-text vectors move off its row (issue 13, ADR 0046). On core_ticket they were generated columns:
-- every update of a ticket — a status, an assignment, the last activity — computed both vectors again from the whole
-- text (three languages each) and, the update never being HOT with 25 indexes, inserted every word of both into the two
-- GIN indexes again; every read of a ticket carried its two texts. Beside the row they change only with the text, and
-- a new message adds its own words instead of the whole text being read and stemmed again.
create table clm_ticket_text (
    ticket_id            uuid     primary key references core_ticket (id) on delete cascade,
    search_vector        tsvector not null,
    public_search_vector tsvector not null
);

insert into clm_ticket_text (ticket_id, search_vector, public_search_vector)
select id, search_vector, public_search_vector from core_ticket;

create index clm_ticket_text_search_idx on clm_ticket_text using gin (search_vector);
create index clm_ticket_text_public_search_idx on clm_ticket_text using gin (public_search_vector);

alter table core_ticket
    drop column search_vector,
    drop column public_search_vector,
    drop column search_text,
    drop column public_search_text;
