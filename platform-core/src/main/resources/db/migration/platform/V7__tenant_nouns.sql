-- A tenant's word for tickets becomes a noun with its forms and gender, which messages agree with (ADR 33), instead of
-- five phrases the tenant wrote in full. The forms are read from the phrases tenants gave so far; the phrases go.

-- The singular as written within a sentence: the first letter in lower case, unless the word is an acronym (its
-- second letter is a capital). Arabic has no case.
insert into tenant_vocabulary (tenant_id, locale, message_key, text)
select tenant_id, locale, 'noun.ticket.singular',
       case when substr(text, 2, 1) <> lower(substr(text, 2, 1)) then text
            else lower(substr(text, 1, 1)) || substr(text, 2) end
from tenant_vocabulary
where message_key = 'term.ticket'
on conflict do nothing;

-- The other forms, for the languages that got a singular. Arabic's old plural was the headings', with the article;
-- the plural without it is read from « لا توجد … حاليًا. » (none yet), else the heading's stands for it.
insert into tenant_vocabulary (tenant_id, locale, message_key, text)
select old.tenant_id, old.locale, 'noun.ticket.plural',
       case when old.locale = 'ar' then coalesce(substring(none.text from '^لا توجد (.+) حاليًا\.$'), old.text)
            when substr(old.text, 2, 1) <> lower(substr(old.text, 2, 1)) then old.text
            else lower(substr(old.text, 1, 1)) || substr(old.text, 2) end
from tenant_vocabulary old
join tenant_vocabulary noun
  on noun.tenant_id = old.tenant_id and noun.locale = old.locale and noun.message_key = 'noun.ticket.singular'
left join tenant_vocabulary none
  on none.tenant_id = old.tenant_id and none.locale = old.locale and none.message_key = 'term.ticket.none'
where old.message_key = 'term.tickets'
on conflict do nothing;

insert into tenant_vocabulary (tenant_id, locale, message_key, text)
select old.tenant_id, old.locale, 'noun.ticket.definite', old.text
from tenant_vocabulary old
join tenant_vocabulary noun
  on noun.tenant_id = old.tenant_id and noun.locale = old.locale and noun.message_key = 'noun.ticket.singular'
where old.message_key = 'term.tickets' and old.locale = 'ar'
on conflict do nothing;

-- The gender, from the adjective of « new »: Nouvelle / Nouveau, Nouvel; جديدة / جديد.
insert into tenant_vocabulary (tenant_id, locale, message_key, text)
select old.tenant_id, old.locale, 'noun.ticket.gender',
       case when old.text like 'Nouvelle %' or old.text like '% جديدة' then 'feminine' else 'masculine' end
from tenant_vocabulary old
join tenant_vocabulary noun
  on noun.tenant_id = old.tenant_id and noun.locale = old.locale and noun.message_key = 'noun.ticket.singular'
where old.message_key = 'term.ticket.new'
  and ((old.locale = 'fr' and old.text similar to 'Nouve(lle|au|l) %')
       or (old.locale = 'ar' and old.text similar to '% جديدة?'))
on conflict do nothing;

delete from tenant_vocabulary old
where old.message_key in ('term.ticket', 'term.tickets', 'term.ticket.new', 'term.ticket.my', 'term.ticket.none')
  and exists (select 1
              from tenant_vocabulary noun
              where noun.tenant_id = old.tenant_id
                and noun.locale = old.locale
                and noun.message_key = 'noun.ticket.singular');
