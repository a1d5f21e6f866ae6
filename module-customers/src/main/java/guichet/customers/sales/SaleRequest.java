package guichet.customers.sales;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A sale as a seller registers it: for an existing customer, or for a new customer account opened on the spot with the
 * password the seller has the customer choose (seed 004).
 *
 * @param customer the existing customer, or null to open a new account
 * @param firstName the new customer's first name (or the account holder's, for an existing customer without account)
 * @param lastName the new customer's last name
 * @param email the new account's login; for an existing customer, opens his account if he has none
 * @param password the password the customer chose; required to open an account
 * @param serialTyped the serial number as typed (spaces and lower case allowed)
 * @param soldOn the day of the sale or order
 * @param ordered an order to deliver later rather than a product handed over
 */
public record SaleRequest(
        @Nullable CustomerId customer,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        @Nullable String password,
        @Nullable ProductId product,
        @Nullable String serialTyped,
        @Nullable LocalDate soldOn,
        boolean ordered) {

    boolean opensAccount() {
        return customer == null || (email != null && !email.isBlank() && password != null && !password.isEmpty());
    }
}
