package guichet.customers;

import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;

/**
 * Two customer records were found to be one person: {@code merged} now points at {@code survivor}, which holds his
 * tickets, sales and accounts. Modules move their own records of the merged customer on this event (the claims module
 * his tickets), listening synchronously, within the merge's transaction, so that the merge stays one atomic change.
 */
public record CustomerMerged(TenantId tenant, CustomerId merged, CustomerId survivor) implements TenantEvent {}
