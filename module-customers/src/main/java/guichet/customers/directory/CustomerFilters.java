package guichet.customers.directory;

import guichet.platform.customers.Customer;
import guichet.platform.ids.UserId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

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
        @Nullable UserId salesRep,
        CustomerBands bands) {

    public static final CustomerFilters NONE = new CustomerFilters(null, null, null, null, null);

    public CustomerFilters {
        text = text == null || text.isBlank() ? null : text.strip();
        segment = segment == null || segment.isBlank() ? null : segment.strip();
    }

    public CustomerFilters(
            @Nullable String text,
            Customer.@Nullable Stage stage,
            Customer.@Nullable Kind kind,
            @Nullable String segment,
            @Nullable UserId salesRep) {
        this(text, stage, kind, segment, salesRep, CustomerBands.NONE);
    }

    /** The same filters within these bands. */
    public CustomerFilters within(CustomerBands newBands) {
        return new CustomerFilters(text, stage, kind, segment, salesRep, newBands);
    }

    /**
     * The filters as the list's parameters give them ({@code q}, {@code stage}, {@code kind}, {@code segment},
     * {@code rep}); unknown values are ignored, as the list page ignores them.
     */
    public static CustomerFilters of(
            @Nullable String q,
            @Nullable String stage,
            @Nullable String kind,
            @Nullable String segment,
            @Nullable String rep) {
        return new CustomerFilters(
                q, enumOf(Customer.Stage.class, stage), enumOf(Customer.Kind.class, kind), segment, userId(rep));
    }

    /**
     * The filters of a saved query string ({@code stage=CUSTOMER&segment=Entreprises}); the counter's look-up by
     * {@code number} searches that number as typed words when no words are given.
     */
    public static CustomerFilters ofQuery(String query) {
        MultiValueMap<String, String> parameters =
                UriComponentsBuilder.fromUriString("/?" + query).build(true).getQueryParams();
        String q = first(parameters, "q");
        return of(
                        q == null ? first(parameters, "number") : q,
                        first(parameters, "stage"),
                        first(parameters, "kind"),
                        first(parameters, "segment"),
                        first(parameters, "rep"))
                .within(CustomerBands.of(name -> first(parameters, name)));
    }

    private static @Nullable String first(MultiValueMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable UserId userId(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : new UserId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
