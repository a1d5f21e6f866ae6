-- A month's figures keep three decimals: a Tunisian operator bills in dinars and millimes (« 48,750 »), which two
-- decimals refused at import, and minutes and megabytes follow the same rule (TypedFigure) rather than being cut.
alter table cus_monthly_usage
    alter column billed type numeric(15, 3),
    alter column voice_minutes type numeric(15, 3),
    alter column data_mb type numeric(15, 3);
