-- Issue 12: someone who opened a portal account himself is a customer, not one of the sales team's prospects. The
-- accounts registered before are recognised as first sign-in made them: a prospect with no sales representative whose
-- customer account was created in the same minute as the customer record.
update core_customer c set stage = 'CUSTOMER', converted_at = c.created_at
    where c.stage = 'PROSPECT'
      and c.sales_rep_id is null
      and exists (select 1 from core_user u
                  where u.customer_id = c.id and u.kind = 'CUSTOMER'
                    and u.created_at between c.created_at and c.created_at + interval '1 minute');
