package guichet.customers;

import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;

/** A customer's personal data was erased on his request; modules erase what they hold about him, keeping statistics. */
public record CustomerAnonymised(TenantId tenant, CustomerId customer) implements TenantEvent {}
