package guichet.customers.directory;

import guichet.platform.customers.Customer;
import guichet.platform.users.UserId;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the customer list, as its query string carries them (so a saved filter is a saved query string).
 *
 * @param text words typed: number, names, company, e-mail or phone; at least three characters, or null
 */
public record CustomerFilters(
        @Nullable String text,
        Customer.@Nullable Stage stage,
        Customer.@Nullable Kind kind,
        @Nullable String segment,
        @Nullable UserId salesRep) {

    public static final CustomerFilters NONE = new CustomerFilters(null, null, null, null, null);

    public CustomerFilters {
        text = text == null || text.isBlank() ? null : text.strip();
        segment = segment == null || segment.isBlank() ? null : segment.strip();
    }
}
