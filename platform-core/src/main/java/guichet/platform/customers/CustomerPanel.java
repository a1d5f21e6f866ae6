package guichet.platform.customers;

import guichet.platform.identity.GuichetUser;
import java.util.Map;

/**
 * A panel a module adds to the customer page (his tickets, his quotes, his offers…), so that the customers module shows
 * everything about a customer without calling any other module. Modules register panels as beans; the page shows, in
 * {@link #order()}, those of modules the tenant has and that the viewer may see.
 */
public interface CustomerPanel {

    /** The module the panel belongs to; the panel shows only for tenants that have it. */
    String module();

    /** The panel's heading, a message key (tenant vocabulary applies). */
    String titleKey();

    /** The permission a viewer needs to see the panel. */
    String permission();

    /** Position on the page, smallest first. */
    int order();

    /**
     * The Thymeleaf fragment that draws the panel, such as {@code "claims/customer-panel :: panel"}; it reads what
     * {@link #model} returned as {@code ${panelModel}} (for instance {@code ${panelModel.tickets}}).
     */
    String fragment();

    /**
     * What the fragment needs for this customer, read within what the viewer may see (a tenant is bound and a
     * read-only transaction open).
     */
    Map<String, Object> model(Customer customer, GuichetUser viewer);
}
