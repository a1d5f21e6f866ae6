-- ShedLock's lock table: with several application instances, one tenant's e-mail outbox is dispatched by one instance
-- at a time (a lock named after the tenant). Times are the database's, in UTC (ShedLock's usingDbTime()).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
