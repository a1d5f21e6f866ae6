package guichet.platform.tenancy;

/**
 * Thrown when tenant data is touched while no tenant is bound to the current thread. It always indicates a programming
 * error: work must run inside a web request on a tenant host, inside {@link TenantContext#run}, or in a listener of a
 * {@link TenantEvent}.
 */
public class NoTenantException extends IllegalStateException {

    public NoTenantException(String message) {
        super(message);
    }
}
