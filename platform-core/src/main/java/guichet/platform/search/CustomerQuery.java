package guichet.platform.search;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search of customers: words typed (each must start a word of the number, names, company, e-mail addresses, or appear
 * in a phone number) and filters, within what the user may see. A null filter matches everyone.
 *
 * @param born the range his birth date must fall in (an age band), or null
 * @param gauges the bands his gauges must fall in ({@link guichet.platform.customers.CustomerGauges}), all of them
 */
public record CustomerQuery(
        @Nullable String text,
        CustomerAccess access,
        Customer.@Nullable Stage stage,
        Customer.@Nullable Kind kind,
        @Nullable String segment,
        @Nullable UserId salesRep,
        @Nullable DateBand born,
        List<GaugeBand> gauges) {

    public CustomerQuery {
        gauges = List.copyOf(gauges);
    }

    public CustomerQuery(
            @Nullable String text,
            CustomerAccess access,
            Customer.@Nullable Stage stage,
            Customer.@Nullable Kind kind,
            @Nullable String segment,
            @Nullable UserId salesRep) {
        this(text, access, stage, kind, segment, salesRep, null, List.of());
    }

    /** Words typed only, within an access. */
    public static CustomerQuery typed(@Nullable String text, CustomerAccess access) {
        return new CustomerQuery(text, access, null, null, null, null);
    }

    /** Days from and to, both included; either may be open. */
    public record DateBand(
            @Nullable LocalDate from, @Nullable LocalDate to) {}

    /** A gauge's value from and to, both included; either may be open. */
    public record GaugeBand(
            String gauge,
            @Nullable BigDecimal from,
            @Nullable BigDecimal to) {}
}
