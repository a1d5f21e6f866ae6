-- A gauge keeps three decimals, the finest minor unit of the tenants' currencies: the amount billed to a Tunisian
-- customer in dinars and millimes (« 48,750 TND ») is kept as it was billed, not rounded to the cent.
alter table core_customer_gauge alter column value type numeric(18, 3);
