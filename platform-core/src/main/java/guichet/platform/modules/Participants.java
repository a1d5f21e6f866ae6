package guichet.platform.modules;

import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Calls the participants of a synchronous port: those of the modules the current tenant has, in their order
 * ({@code @Order}), inside the caller's read-write transaction. The first {@link Refusal} stops the round and reaches
 * the caller, whose transaction then rolls back with everything the participants did.
 */
@Component
public class Participants {

    private final CurrentTenant tenant;

    Participants(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    /**
     * Asks each participant of the current tenant's modules to take part, in order.
     *
     * @throws Refusal the first participant's refusal
     * @throws IllegalTransactionStateException outside a read-write transaction, where a refusal could not undo
     *     anything
     */
    public <P extends Participant> void call(List<P> participants, Consumer<? super P> call) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalTransactionStateException(
                    "A synchronous port is called inside its caller's read-write transaction");
        }
        TenantProfile current = tenant.profile();
        for (P participant : participants) {
            if (current.hasModule(participant.module())) {
                call.accept(participant);
            }
        }
    }
}
