-- A product's price for one, with the currency it was set in (the tenant's; guichet.platform.money.Money keeps the two
-- together), at the currency's minor unit: three decimals hold millimes (TND), cents (EUR) and whole francs (XOF).
-- Null while the product has no price.
alter table core_product add column unit_price numeric(15, 3);
alter table core_product add column price_currency varchar(3);
alter table core_product add constraint core_product_price check (
    (unit_price is null) = (price_currency is null) and (unit_price is null or unit_price >= 0));
