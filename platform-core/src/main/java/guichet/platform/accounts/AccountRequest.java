package guichet.platform.accounts;

import guichet.platform.identity.Role;
import guichet.platform.ids.SiteId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user account to open or change, as the administration pages send it.
 *
 * @param email his e-mail address, also his login
 * @param firstName optional
 * @param lastName required
 * @param roles his roles: staff roles for staff, customer or reseller for customer accounts
 * @param site the site a staff user works at, if any
 * @param customerNumber for a customer account: the customer it acts for, or none to create a new customer
 * @param password an initial password he keeps, or none: he is then e-mailed a link to choose one
 */
public record AccountRequest(
        String email,
        @Nullable String firstName,
        String lastName,
        Set<Role> roles,
        @Nullable SiteId site,
        @Nullable String customerNumber,
        @Nullable String password) {}
