-- A sales representative's ticket list (seed 003: he only ever sees his customers' tickets) is one indexed read: the
-- ticket row carries its customer's sales representative, kept by the database whatever code path changed either.
alter table core_ticket add column sales_rep_id uuid;

update core_ticket t set sales_rep_id = c.sales_rep_id
    from core_customer c
    where c.id = t.customer_id and c.sales_rep_id is not null;

create index core_ticket_sales_rep_idx on core_ticket (sales_rep_id, updated_at desc) where sales_rep_id is not null;

create or replace function core_ticket_take_customer_name() returns trigger language plpgsql as $$
begin
    if new.customer_id is null then
        new.customer_name := null;
        new.sales_rep_id := null;
    else
        execute format('select %I.core_customer_display_name(c), c.sales_rep_id from %I.core_customer c where c.id = $1',
                       tg_table_schema, tg_table_schema)
            into new.customer_name, new.sales_rep_id using new.customer_id;
    end if;
    return new;
end
$$;

create function core_customer_reassign_tickets() returns trigger language plpgsql as $$
begin
    execute format('update %I.core_ticket set sales_rep_id = $1 where customer_id = $2', tg_table_schema)
        using new.sales_rep_id, new.id;
    return new;
end
$$;

create trigger core_customer_reassign_tickets after update of sales_rep_id on core_customer
    for each row when (old.sales_rep_id is distinct from new.sales_rep_id)
    execute function core_customer_reassign_tickets();
