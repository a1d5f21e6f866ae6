-- Trigram indexes make the search-as-you-type of customers and products fast at a million rows (tenant migrations
-- core/V4 use public.gin_trgm_ops). pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm with schema public;
