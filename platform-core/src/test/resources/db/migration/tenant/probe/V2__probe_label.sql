alter table probe_item add column label varchar(40);
