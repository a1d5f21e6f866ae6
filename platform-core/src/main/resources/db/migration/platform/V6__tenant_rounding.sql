-- Each tenant's one rounding rule, applied wherever one of its amounts falls between two minor units of its currency
-- (a discount, a VAT rate); the rules offered are those of guichet.platform.money.MoneyRule.ROUNDINGS. A tenant's
-- currency must have a minor unit (an ISO code of three capitals; amounts are kept at its number of decimals).
alter table tenant add column rounding varchar(16) not null default 'HALF_UP'
    constraint tenant_rounding check (rounding in ('HALF_UP', 'HALF_EVEN', 'HALF_DOWN', 'UP', 'DOWN'));
alter table tenant add constraint tenant_currency_format check (currency ~ '^[A-Z]{3}$');
