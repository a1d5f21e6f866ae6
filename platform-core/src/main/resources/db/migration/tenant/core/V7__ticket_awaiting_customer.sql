-- Whether the customer is expected to answer: an open ticket whose last public message is the staff's (seed 004:
-- « en attente de réponse de leur part »). Kept by the claims module; the customer portal lists on it.
alter table core_ticket add column awaiting_customer boolean not null default false;
create index core_ticket_awaiting_idx on core_ticket (customer_id, updated_at desc) where awaiting_customer;
