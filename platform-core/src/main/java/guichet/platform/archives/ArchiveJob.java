package guichet.platform.archives;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An export, restore or deletion as the console ran it, kept after the tenant is gone.
 *
 * @param tenantSlug the tenant exported, restored into or deleted
 * @param sourceSlug for a restore, the tenant the archive came from
 * @param bytes for a finished export, the archive's size
 * @param errorKey for a failed one, the message key that says why
 */
public record ArchiveJob(
        UUID id,
        Kind kind,
        String tenantSlug,
        @Nullable String sourceSlug,
        Status status,
        @Nullable Long bytes,
        @Nullable String errorKey,
        @Nullable String errorDetail,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    /** What was done. */
    public enum Kind {
        EXPORT,
        RESTORE,
        DELETE
    }

    /** Where it stands. */
    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    public boolean isDone() {
        return status == Status.DONE;
    }

    /** The archive's download name: the tenant's slug and the day it was made. */
    public String fileName() {
        return "guichet-" + tenantSlug + "-" + startedAt.toString().substring(0, 10) + ".zip";
    }
}
