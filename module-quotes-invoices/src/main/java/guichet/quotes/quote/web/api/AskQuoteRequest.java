package guichet.quotes.quote.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer asks for a quote through the API.
 *
 * @param message what he wants, in his words (required)
 * @param items catalogue items ({@code product:<uuid>}) or free descriptions, with quantities
 * @param appointment {@code VISIT}, {@code CALL} or null
 * @param siteId the site of a visit
 * @param wishedAt the wished slot of an appointment
 */
record AskQuoteRequest(
        @Nullable String message,
        @Nullable List<Item> items,
        @Nullable String appointment,
        @Nullable UUID siteId,
        @Nullable Instant wishedAt) {

    /** A catalogue item or a free description, and how many (1 when left out). */
    record Item(
            @Nullable String item,
            @Nullable String text,
            @Nullable Integer quantity) {}
}
