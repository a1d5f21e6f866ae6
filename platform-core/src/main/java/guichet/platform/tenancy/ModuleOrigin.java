package guichet.platform.tenancy;

/**
 * Why a tenant has a module: paid for through its Stripe subscription, lent for a trial, or granted by hand in the
 * console.
 */
public enum ModuleOrigin {
    STRIPE,
    TRIAL,
    MANUAL
}
