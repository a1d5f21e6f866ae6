package guichet.platform.tenancy;

/** Why a tenant has a module: granted by hand in the console, or paid for through a subscription. */
public enum ModuleOrigin {
    MANUAL,
    SUBSCRIPTION
}
