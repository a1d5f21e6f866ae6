package guichet.platform.tenancy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's right to one module: the single source the module gate, the menus and the read-only gate read.
 *
 * @param moduleId the module's id
 * @param origin why the tenant has it
 * @param state what the tenant may do with it
 * @param periodStart when the current period began (the grant, or the subscription's current period)
 * @param periodEnd when the current period ends, or {@code null} for a grant without end
 * @param stateSince when the entitlement entered its state (a cancellation's retention counts from here)
 */
public record Entitlement(
        String moduleId,
        ModuleOrigin origin,
        ModuleState state,
        Instant periodStart,
        @Nullable Instant periodEnd,
        Instant stateSince) {

    /** An active entitlement from now on, without end. */
    public static Entitlement active(String moduleId, ModuleOrigin origin, Instant now) {
        return new Entitlement(moduleId, origin, ModuleState.ACTIVE, now, null, now);
    }

    /** Whether the module shows in the menus and answers at all (read-only included). */
    public boolean isOpen() {
        return state != ModuleState.CANCELLED;
    }

    public boolean isReadOnly() {
        return state == ModuleState.READ_ONLY;
    }

    /** The same entitlement in another state from {@code now}; the same one if the state does not change. */
    public Entitlement in(ModuleState newState, Instant now) {
        return newState == state ? this : new Entitlement(moduleId, origin, newState, periodStart, periodEnd, now);
    }
}
