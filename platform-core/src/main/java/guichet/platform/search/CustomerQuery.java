package guichet.platform.search;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A search of customers: words typed (each must start a word of the number, names, company, e-mail addresses, or appear
 * in a phone number) and filters, within what the user may see. A null filter matches everyone.
 */
public record CustomerQuery(
        @Nullable String text,
        CustomerAccess access,
        Customer.@Nullable Stage stage,
        Customer.@Nullable Kind kind,
        @Nullable String segment,
        @Nullable UserId salesRep) {

    /** Words typed only, within an access. */
    public static CustomerQuery typed(@Nullable String text, CustomerAccess access) {
        return new CustomerQuery(text, access, null, null, null, null);
    }
}
