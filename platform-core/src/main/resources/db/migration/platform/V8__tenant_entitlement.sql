-- Each tenant's right to each module, the one source the module gate, the menus and the read-only gate read.
-- It replaces tenant_module: a subscription's module becomes STRIPE, a grant by hand stays MANUAL.
create table tenant_entitlement (
    tenant_id    uuid        not null references tenant (id) on delete cascade,
    module_id    varchar(40) not null,
    origin       varchar(16) not null constraint tenant_entitlement_origin check (origin in ('STRIPE', 'TRIAL', 'MANUAL')),
    state        varchar(16) not null
                 constraint tenant_entitlement_state check (state in ('ACTIVE', 'READ_ONLY', 'CANCELLED')),
    period_start timestamptz not null,
    period_end   timestamptz,
    state_since  timestamptz not null,
    constraint tenant_entitlement_period check (period_end is null or period_end >= period_start),
    primary key (tenant_id, module_id)
);

insert into tenant_entitlement (tenant_id, module_id, origin, state, period_start, period_end, state_since)
select tenant_id, module_id, case origin when 'SUBSCRIPTION' then 'STRIPE' else 'MANUAL' end, 'ACTIVE',
       granted_at, null, granted_at
from tenant_module;

drop table tenant_module;
