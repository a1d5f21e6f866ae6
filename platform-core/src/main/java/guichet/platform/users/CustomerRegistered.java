package guichet.platform.users;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;

/** A visitor created a customer account on a tenant's portal; he is a prospect until converted. */
public record CustomerRegistered(TenantId tenant, UserId account, CustomerId prospect, String email, String displayName)
        implements TenantEvent {}
