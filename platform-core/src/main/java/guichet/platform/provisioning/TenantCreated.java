package guichet.platform.provisioning;

import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;

/** Published once a new tenant's schema is migrated and its catalogue entry is committed. */
public record TenantCreated(TenantId tenant, String displayName) implements TenantEvent {}
