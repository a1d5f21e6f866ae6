-- What a customer may search and sort his tickets on (issue 12): the ticket's public text (title, customer, sender and
-- the messages that are not hidden) and the last activity he can see. A hidden note or an internal action moves
-- neither, so the portal, its API and the « similar tickets » hints never let him test words against a hidden note or
-- tell when one was written.
alter table core_ticket
    add column public_updated_at  timestamptz,
    add column public_search_text text not null default '';

update core_ticket t
set public_updated_at = coalesce(
        (select max(e.occurred_at) from clm_event e where e.ticket_id = t.id and e.visible_to_customer),
        t.created_at);

-- SearchText.normalize in SQL (lower case, no accents nor Arabic diacritics, Arabic letter variants unified); the next
-- change of a ticket rewrites its text from Java.
update core_ticket t
set public_search_text = btrim(regexp_replace(lower(translate(
        regexp_replace(normalize(concat_ws(' ', t.title, t.customer_name, t.author_name, t.author_email,
                (select string_agg(m.body, ' ' order by m.created_at, m.id)
                 from clm_message m where m.ticket_id = t.id and not m.hidden)), NFKD),
            '[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]', '', 'g'),
        'آأإٱةىؤئـ', 'ااااهيوي ')), '\s+', ' ', 'g'));

alter table core_ticket
    alter column public_updated_at set not null,
    add column public_search_vector tsvector generated always as (
        to_tsvector('pg_catalog.french', public_search_text)
            || to_tsvector('pg_catalog.english', public_search_text)
            || to_tsvector('pg_catalog.arabic', public_search_text)) stored;
create index core_ticket_public_search_idx on core_ticket using gin (public_search_vector);
create index core_ticket_customer_public_idx on core_ticket (customer_id, public_updated_at desc);
