package guichet.claims.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs a ticket's write again when it lost a race with another write on the same ticket: two people answering at the
 * same moment, one commits first, and the other's version check (or a deadlock between the two) fails. The write is a
 * transaction of its own, so trying again reads the ticket afresh: the second message lands after the first, and
 * nothing anybody wrote is lost to a server error.
 */
public final class Conflicts {

    /** Tries in all, the first included. */
    static final int ATTEMPTS = 3;

    private Conflicts() {}

    /**
     * @param write a whole transaction (not a part of one already open: its rollback would undo the caller's work too)
     */
    public static <T> T retried(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (ConcurrencyFailureException | OptimisticLockException | PessimisticLockException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    /** {@link #retried(Supplier)} for a write that answers nothing. */
    public static void retried(Runnable write) {
        retried(() -> {
            write.run();
            return null;
        });
    }
}
