create table probe_item (id integer primary key);
