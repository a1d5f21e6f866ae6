package guichet.claims;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.tickets.Ticket;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a new ticket is made of, whichever door it came through (portal, staff, counter, e-mail, API): they all open
 * the same ticket through {@link ServiceDesk#open}.
 *
 * @param channel the door
 * @param title its title
 * @param description the first message, the customer's words
 * @param customer who it is for; {@code null} for an e-mail from an unknown address (« non identifié »)
 * @param product the product or service it is about
 * @param sale the purchase it is about
 * @param type the tenant's type code, or {@code null}
 * @param priority the tenant's priority code, or {@code null} for the default
 * @param site the agency where it was recorded (seed 000)
 * @param assignees staff users to assign
 * @param hiddenNote a first note the customer never sees, or {@code null}
 * @param fromEmail the sender's address, for an e-mail
 * @param fromName the sender's name, for an e-mail
 */
public record Opening(
        Ticket.Channel channel,
        String title,
        String description,
        @Nullable CustomerId customer,
        @Nullable ProductId product,
        @Nullable SaleId sale,
        @Nullable String type,
        @Nullable String priority,
        @Nullable SiteId site,
        List<UserId> assignees,
        @Nullable String hiddenNote,
        @Nullable String fromEmail,
        @Nullable String fromName) {

    public Opening {
        assignees = List.copyOf(assignees);
    }

    /** A customer's own demand, from the portal or the API. */
    public static Opening byCustomer(
            Ticket.Channel channel,
            String title,
            String description,
            CustomerId customer,
            @Nullable ProductId product,
            @Nullable SaleId sale,
            @Nullable String type) {
        return new Opening(
                channel, title, description, customer, product, sale, type, null, null, List.of(), null, null, null);
    }

    /** An e-mail, from a known customer or from an unknown address ({@code customer} null). */
    public static Opening byEmail(
            String subject, String body, @Nullable CustomerId customer, String fromEmail, @Nullable String fromName) {
        return new Opening(
                Ticket.Channel.EMAIL,
                subject,
                body,
                customer,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                fromEmail,
                fromName);
    }
}
