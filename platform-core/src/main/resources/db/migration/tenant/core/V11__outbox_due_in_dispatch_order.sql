-- The dispatcher takes the due mail first in (next_attempt_at, created_at) order, one at a time. The index on
-- next_attempt_at alone left it a sort for each mail: in groups at best, and of the whole backlog when the table's
-- statistics lagged behind its growth (194 ms a mail with the 42,000 mails the million-ticket working day of issue 13
-- left waiting). An index in the dispatcher's own order gives it the first entry.
create index core_outbox_mail_next_idx on core_outbox_mail (next_attempt_at, created_at)
    where sent_at is null and failed_at is null;
drop index core_outbox_mail_due_idx;
