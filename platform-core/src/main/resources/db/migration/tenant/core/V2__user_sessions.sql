-- Sessions and tokens issued before this instant are refused at their next use: set when a user is deactivated,
-- his roles change or his e-mail changes.
alter table core_user add column sessions_valid_after timestamptz;
-- The user's roles as last set in or read from the tenant's realm (Keycloak stays the authority), for lists and filters.
alter table core_user add column roles varchar(200) not null default '';
create index core_user_subject_idx on core_user (identity_subject);
