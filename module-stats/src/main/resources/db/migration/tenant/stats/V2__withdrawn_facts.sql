-- A fact is counted once (1) or withdrawn (-1): a module that replaces a record, such as a month's usage imported
-- again, withdraws the fact it recorded before and records the new one, so the rollups never count both.
alter table sta_pending_fact add column count smallint not null default 1;
