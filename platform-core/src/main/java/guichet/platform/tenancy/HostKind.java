package guichet.platform.tenancy;

/** A tenant's sub-domain of the platform's base domain, or a custom domain of its own. */
public enum HostKind {
    SUBDOMAIN,
    CUSTOM
}
