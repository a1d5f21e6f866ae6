-- The e-mail door believes a sender only on the receiving server's own verdict (issue 12, ADR 0037): the identifier
-- (RFC 8601 authserv-id) that server writes in its Authentication-Results headers. None configured: senders are taken
-- at their word, as before, and the mailbox page says so.
alter table clm_mailbox add column authserv_id varchar(255);

-- A mail that claims a known customer without that verdict joins his ticket as a message « to confirm »: hidden from
-- him until an agent confirms it (then it is his) or rejects it (then it stays a hidden note, marked so).
alter table clm_message
    add column sender_check varchar(10) check (sender_check in ('PENDING', 'CONFIRMED', 'REJECTED')),
    add column claimed_email varchar(320);
create index clm_message_pending_idx on clm_message (ticket_id) where sender_check = 'PENDING';
