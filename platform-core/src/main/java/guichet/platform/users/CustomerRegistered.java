package guichet.platform.users;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;

/**
 * A visitor created a customer account on a tenant's portal; he is recorded as a customer, not a prospect (prospects are
 * the leads the sales team canvasses).
 */
public record CustomerRegistered(TenantId tenant, UserId account, CustomerId customer, String email, String displayName)
        implements TenantEvent {}
