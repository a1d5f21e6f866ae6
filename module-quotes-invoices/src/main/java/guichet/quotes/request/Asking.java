package guichet.quotes.request;

import guichet.platform.catalog.ItemRef;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a quote request asks, as a page or the API hands it to {@link QuoteRequestDesk#ask}.
 *
 * @param customer whose quote
 * @param channel where it came in
 * @param wanted catalogue items and free descriptions, in order (may be empty when the message says it all)
 * @param message what the customer wants, in his words
 * @param appointment the appointment he wishes, or null for none
 * @param site where he wishes to be seen (a visit), or null
 * @param wishedAt when he wishes it, or null without an appointment
 * @param ticketNumber the ticket it comes from (staff only), or null
 * @param by who asked
 */
public record Asking(
        CustomerId customer,
        QuoteRequest.Channel channel,
        List<Wanted> wanted,
        String message,
        @Nullable Appointment appointment,
        @Nullable SiteId site,
        @Nullable Instant wishedAt,
        @Nullable String ticketNumber,
        UserId by) {

    public Asking {
        wanted = List.copyOf(wanted);
    }

    /**
     * One wanted thing: a catalogue item, or a free description, and how many.
     *
     * @param item the catalogue item, or null for a free description
     * @param text the free description (ignored for an item: its label is read from the catalogue)
     * @param quantity 1 to 999
     */
    public record Wanted(@Nullable ItemRef item, @Nullable String text, int quantity) {}
}
