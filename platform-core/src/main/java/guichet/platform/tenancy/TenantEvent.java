package guichet.platform.tenancy;

/**
 * An application event that belongs to one tenant. Listeners of such events run with that tenant bound, whatever
 * thread they run on (see {@link TenantContext}).
 */
public interface TenantEvent {

    /** The tenant the event happened in. */
    TenantId tenant();
}
