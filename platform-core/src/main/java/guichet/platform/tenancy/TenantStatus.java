package guichet.platform.tenancy;

/** Whether a tenant's portals answer. A suspended tenant keeps all its data. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
