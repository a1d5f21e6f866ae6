package guichet.customers.figures;

import guichet.platform.figures.Chart;
import guichet.platform.figures.Fact;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.platform.figures.Measure.Direction;
import guichet.platform.figures.Members;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The figures of consumption: the amount billed (by customer, segment and band), the data used (by customer and
 * segment), the minutes of calls and the text messages (by segment), each month counted on its last day. The amounts
 * and volumes count in whole units; the ledger keeps them to the millime (three decimals, TypedFigure).
 */
public final class UsageFigures {

    static final String BILLED = "customers.billed";
    static final String DATA = "customers.data";
    static final String VOICE = "customers.voice";
    static final String SMS = "customers.sms";

    /** The bands of the amount billed in a month, by their lowest amount, in the tenant's currency. */
    static final int[] BILLED_BANDS = {0, 50, 150, 500};

    private static final Dimension SEGMENT = new Dimension("segment", "customers.figures.dimension.segment");
    private static final Dimension BAND = new Dimension("band", "customers.figures.dimension.band");
    private static final Dimension CUSTOMER = new Dimension(Dimension.CUSTOMER, "customers.figures.dimension.customer");

    static final List<Measure> MEASURES = List.of(
            new Measure(
                    BILLED,
                    "customers.figures.billed",
                    Aggregate.SUM,
                    Direction.HIGHER_IS_BETTER,
                    List.of(SEGMENT, BAND, CUSTOMER)),
            new Measure(
                    DATA,
                    "customers.figures.data",
                    Aggregate.SUM,
                    Direction.HIGHER_IS_BETTER,
                    List.of(SEGMENT, CUSTOMER)),
            new Measure(VOICE, "customers.figures.voice", Aggregate.SUM, List.of(SEGMENT)),
            new Measure(SMS, "customers.figures.sms", Aggregate.SUM, List.of(SEGMENT)));

    static final List<Chart> CHARTS = List.of(
            Chart.overTime(BILLED),
            Chart.by(BILLED, "band"),
            Chart.by(BILLED, "segment"),
            Chart.by(DATA, "segment"),
            Chart.by(VOICE, "segment"),
            Chart.by(SMS, "segment"));

    private UsageFigures() {}

    /**
     * A customer's month of usage, as its figures count it.
     *
     * @param countedOn the day it counts on
     * @param segment the customer's segment it counts under
     */
    public record Month(
            UUID customer,
            LocalDate countedOn,
            @Nullable String segment,
            BigDecimal voiceMinutes,
            long sms,
            BigDecimal dataMb,
            BigDecimal billed) {}

    /** The facts of a month: one per measure, at noon of its day so that the day stays in the tenant's zone. */
    static List<Fact> facts(Month month, ZoneId zone) {
        var at = month.countedOn().atTime(12, 0).atZone(zone).toInstant();
        Map<String, String> bySegment = new HashMap<>();
        if (month.segment() != null && !month.segment().isBlank()) {
            bySegment.put("segment", month.segment());
        }
        Map<String, String> byCustomer = new HashMap<>(bySegment);
        byCustomer.put(Dimension.CUSTOMER, month.customer().toString());
        Map<String, String> billed = new HashMap<>(byCustomer);
        billed.put("band", band(month.billed()));
        return List.of(
                new Fact(BILLED, at, month.customer(), billed, whole(month.billed())),
                new Fact(DATA, at, month.customer(), byCustomer, whole(month.dataMb())),
                new Fact(VOICE, at, month.customer(), bySegment, whole(month.voiceMinutes())),
                new Fact(SMS, at, month.customer(), bySegment, month.sms()));
    }

    /** Every month kept, for a rebuild. */
    static void replay(EntityManager entities, ZoneId zone, Consumer<Fact> sink) {
        try (Stream<?> rows = entities.createNativeQuery("select customer_id, month, segment, voice_minutes, sms,"
                        + " data_mb, billed from cus_monthly_usage")
                .getResultStream()) {
            rows.forEach(columns -> {
                Object[] c = (Object[]) columns;
                Month month = new Month(
                        (UUID) c[0],
                        Members.date(c[1]).withDayOfMonth(1).plusMonths(1).minusDays(1),
                        (String) c[2],
                        (BigDecimal) c[3],
                        ((Number) c[4]).longValue(),
                        (BigDecimal) c[5],
                        (BigDecimal) c[6]);
                facts(month, zone).forEach(sink);
            });
        }
    }

    /**
     * The customer list a figure leads to: a segment's customers, or the customers whose latest month falls in a band
     * of amount billed; none for a customer or the measure as a whole.
     */
    static Optional<String> drill(String dimension, Optional<String> member) {
        if (member.isEmpty() || !List.of("segment", "band").contains(dimension)) {
            return Optional.empty();
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/customers");
        if (dimension.equals("segment")) {
            link.queryParam("segment", member.get());
        } else {
            int lowest = Integer.parseInt(member.get());
            link.queryParam("billedFrom", lowest);
            for (int band : BILLED_BANDS) {
                if (band > lowest) {
                    link.queryParam("billedTo", BigDecimal.valueOf(band).subtract(new BigDecimal("0.01")));
                    break;
                }
            }
        }
        return Optional.of(link.encode().build().toUriString());
    }

    /** The band of an amount billed, by its lowest amount ({@code 0}, {@code 50}…). */
    static String band(BigDecimal billed) {
        int band = 0;
        for (int lowest : BILLED_BANDS) {
            if (billed.compareTo(BigDecimal.valueOf(lowest)) >= 0) {
                band = lowest;
            }
        }
        return String.valueOf(band);
    }

    private static long whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
