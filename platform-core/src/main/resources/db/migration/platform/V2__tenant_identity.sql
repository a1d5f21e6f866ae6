-- Each tenant's identity settings: the issuer of its Keycloak realm (tenants may later live on several Keycloak
-- clusters), its second-factor policy, whether customers may register themselves, and its password policy
-- (null: the platform's default).
alter table tenant add column identity_issuer  varchar(300);
alter table tenant add column second_factor    varchar(20) not null default 'NONE'
    constraint tenant_second_factor check (second_factor in ('NONE', 'TOTP', 'EMAIL_CODE'));
alter table tenant add column self_registration boolean not null default false;
alter table tenant add column password_policy  varchar(300);
