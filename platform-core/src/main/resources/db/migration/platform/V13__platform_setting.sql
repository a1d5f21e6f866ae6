-- Settings the platform owner changes in the console (the sign-up's free trial, in days, say): one row per key; a key
-- without a row takes the application's configured default.
create table platform_setting (
    key        varchar(80)  primary key,
    value      varchar(400) not null,
    updated_at timestamptz  not null
);
