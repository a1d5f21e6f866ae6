package guichet.shops.sites;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A site at a given moment.
 *
 * @param open whether its doors are open
 * @param closesAt when it closes, if open
 * @param nextOpening when it opens next (within two weeks), if closed
 * @param specialDay today's special day's reason (« Fête de l'Indépendance »), if today is one
 */
public record OpeningState(
        boolean open,
        @Nullable ZonedDateTime closesAt,
        @Nullable ZonedDateTime nextOpening,
        @Nullable String specialDay) {}
