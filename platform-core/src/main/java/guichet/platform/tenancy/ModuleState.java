package guichet.platform.tenancy;

/** What a tenant may do with a module it is entitled to. */
public enum ModuleState {
    /** Everything its permissions allow. */
    ACTIVE,
    /** Read and export only: every change is refused, the pages say why (an unpaid subscription past its grace). */
    READ_ONLY,
    /** Gone from the menus and the routes; the data stays in the tenant's schema for the retention period. */
    CANCELLED
}
