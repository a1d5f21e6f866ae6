package guichet.platform.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one demo tenant is made of.
 *
 * @param vocabulary per language, the tenant's own words
 */
record DemoTenant(
        String slug,
        String name,
        String theme,
        String zone,
        String currency,
        List<String> modules,
        boolean selfRegistration,
        Map<String, Map<String, String>> vocabulary,
        List<SiteSeed> sites,
        List<ProductSeed> products,
        List<CustomerSeed> customers,
        List<TicketSeed> tickets) {

    record SiteSeed(String code, String name, String kind, String city, BigDecimal latitude, BigDecimal longitude) {}

    record ProductSeed(String code, String name, boolean service, String provider, boolean onSale) {}

    /** A natural person when {@code company} is null. */
    record CustomerSeed(
            String firstName, String lastName, String company, String email, String phone, boolean prospect) {}

    /** A ticket of the n-th customer about the n-th product. */
    record TicketSeed(String title, int customer, int product, String status, String priority) {

        /** The category of the demo statuses, which are the claims module's default ones. */
        static guichet.platform.tickets.Ticket.Category category(String status) {
            return switch (status) {
                case "in_progress" -> guichet.platform.tickets.Ticket.Category.IN_PROGRESS;
                case "waiting" -> guichet.platform.tickets.Ticket.Category.WAITING;
                case "resolved" -> guichet.platform.tickets.Ticket.Category.RESOLVED;
                case "closed" -> guichet.platform.tickets.Ticket.Category.CLOSED;
                default -> guichet.platform.tickets.Ticket.Category.NEW;
            };
        }
    }
}
