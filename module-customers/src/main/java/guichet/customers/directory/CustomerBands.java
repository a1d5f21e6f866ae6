package guichet.customers.directory;

import guichet.customers.consumption.TypedFigure;
import guichet.platform.customers.CustomerGauges;
import guichet.platform.search.CustomerQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The bands of the customer list: an age band and bands of the latest month's consumption (amount billed, data used),
 * each bound included and either open. A saved filter keeps them in its query string, so a segment saved as « 18 to 25,
 * billed from 150 » follows its customers as their birthdays pass and their months are imported.
 *
 * @param problems the message keys of the bounds given but unreadable, by parameter (the band is left open)
 */
public record CustomerBands(
        @Nullable Integer ageFrom,
        @Nullable Integer ageTo,
        @Nullable BigDecimal billedFrom,
        @Nullable BigDecimal billedTo,
        @Nullable BigDecimal dataFrom,
        @Nullable BigDecimal dataTo,
        Map<String, String> problems) {

    public static final CustomerBands NONE = new CustomerBands(null, null, null, null, null, null, Map.of());

    /** The parameters, in the order the list shows them. */
    public static final List<String> PARAMETERS =
            List.of("ageFrom", "ageTo", "billedFrom", "billedTo", "dataFrom", "dataTo");

    private static final BigDecimal MOST = new BigDecimal("1000000000");

    public CustomerBands {
        problems = Map.copyOf(problems);
    }

    /** The bands the parameters give (named as {@link #PARAMETERS}); a value unreadable is named in the problems. */
    public static CustomerBands of(Function<String, @Nullable String> parameter) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer ageFrom = age(parameter, "ageFrom", problems);
        Integer ageTo = age(parameter, "ageTo", problems);
        BigDecimal billedFrom = amount(parameter, "billedFrom", problems);
        BigDecimal billedTo = amount(parameter, "billedTo", problems);
        BigDecimal dataFrom = amount(parameter, "dataFrom", problems);
        BigDecimal dataTo = amount(parameter, "dataTo", problems);
        if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            problems.put("ageTo", "customers.bands.error.order");
            ageTo = null;
        }
        if (billedFrom != null && billedTo != null && billedFrom.compareTo(billedTo) > 0) {
            problems.put("billedTo", "customers.bands.error.order");
            billedTo = null;
        }
        if (dataFrom != null && dataTo != null && dataFrom.compareTo(dataTo) > 0) {
            problems.put("dataTo", "customers.bands.error.order");
            dataTo = null;
        }
        return new CustomerBands(ageFrom, ageTo, billedFrom, billedTo, dataFrom, dataTo, problems);
    }

    /** The value of a parameter as the list's form and links carry it, or null. */
    public @Nullable Object value(String name) {
        return switch (name) {
            case "ageFrom" -> ageFrom;
            case "ageTo" -> ageTo;
            case "billedFrom" -> plain(billedFrom);
            case "billedTo" -> plain(billedTo);
            case "dataFrom" -> plain(dataFrom);
            case "dataTo" -> plain(dataTo);
            default -> null;
        };
    }

    /** Whether a band is given at all. */
    public boolean any() {
        return PARAMETERS.stream().anyMatch(name -> value(name) != null);
    }

    /** The birth dates of the age band on a day: born at most {@code ageFrom} and less than {@code ageTo + 1} years ago. */
    public CustomerQuery.@Nullable DateBand born(LocalDate today) {
        if (ageFrom == null && ageTo == null) {
            return null;
        }
        return new CustomerQuery.DateBand(
                ageTo == null ? null : today.minusYears(ageTo + 1L).plusDays(1),
                ageFrom == null ? null : today.minusYears(ageFrom));
    }

    /** The bands of the gauges. */
    public List<CustomerQuery.GaugeBand> gauges() {
        List<CustomerQuery.GaugeBand> gauges = new ArrayList<>();
        if (billedFrom != null || billedTo != null) {
            gauges.add(new CustomerQuery.GaugeBand(CustomerGauges.BILLED, billedFrom, billedTo));
        }
        if (dataFrom != null || dataTo != null) {
            gauges.add(new CustomerQuery.GaugeBand(CustomerGauges.DATA, dataFrom, dataTo));
        }
        return gauges;
    }

    private static @Nullable Integer age(
            Function<String, @Nullable String> parameter, String name, Map<String, String> problems) {
        String value = parameter.apply(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int age = Integer.parseInt(value.strip());
            if (age >= 0 && age <= 130) {
                return age;
            }
        } catch (NumberFormatException e) {
            // Named below.
        }
        problems.put(name, "customers.bands.error.age");
        return null;
    }

    private static @Nullable BigDecimal amount(
            Function<String, @Nullable String> parameter, String name, Map<String, String> problems) {
        String value = parameter.apply(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount = TypedFigure.parse(value);
        if (amount != null && amount.compareTo(MOST) < 0) {
            return amount;
        }
        problems.put(name, "customers.bands.error.amount");
        return null;
    }

    private static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
