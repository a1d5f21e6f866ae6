package guichet.quotes.quote.web.api;

import guichet.quotes.pricing.Line;
import guichet.quotes.pricing.TaxLine;
import guichet.quotes.pricing.Totals;
import guichet.quotes.quote.Quote;
import guichet.quotes.quote.QuoteReading;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The quotes API's answers: never entities. Amounts are decimal numbers in the quote's currency. */
final class QuoteResponses {

    private QuoteResponses() {}

    /** A quote as lists show it: its current revision's totals. */
    record QuoteResponse(
            String number,
            UUID customerId,
            String status,
            int revision,
            @Nullable Integer sentRevision,
            LocalDate validUntil,
            String currency,
            BigDecimal totalNet,
            BigDecimal totalGross,
            Instant updatedAt) {

        static QuoteResponse of(Quote quote) {
            return new QuoteResponse(
                    quote.number(),
                    quote.customer().value(),
                    quote.status().name(),
                    quote.revision(),
                    quote.sentRevision().isPresent() ? quote.sentRevision().getAsInt() : null,
                    quote.validUntil(),
                    quote.currency().getCurrencyCode(),
                    quote.totalNet(),
                    quote.totalGross(),
                    quote.updatedAt());
        }
    }

    /** A line of a revision. */
    record LineResponse(
            String description,
            @Nullable String item,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal taxRatePercent,
            BigDecimal net) {

        static LineResponse of(Line line) {
            return new LineResponse(
                    line.description(),
                    line.item() == null ? null : line.item().toString(),
                    line.quantity(),
                    line.unitPrice().amount(),
                    line.discountPercent(),
                    line.taxRatePercent(),
                    line.net().amount());
        }
    }

    /** A tax rate's base and tax. */
    record RateResponse(BigDecimal ratePercent, BigDecimal base, BigDecimal tax) {

        static RateResponse of(TaxLine rate) {
            return new RateResponse(
                    rate.ratePercent(), rate.base().amount(), rate.tax().amount());
        }
    }

    /** A revision's totals. */
    record TotalsResponse(List<RateResponse> byRate, BigDecimal net, BigDecimal tax, BigDecimal gross) {

        static TotalsResponse of(Totals totals) {
            return new TotalsResponse(
                    totals.byRate().stream().map(RateResponse::of).toList(),
                    totals.net().amount(),
                    totals.tax().amount(),
                    totals.gross().amount());
        }
    }

    /** A revision of a quote: sent (frozen) or the draft in preparation. */
    record RevisionResponse(
            String number,
            int revision,
            boolean sent,
            @Nullable Instant sentAt,
            LocalDate validUntil,
            String currency,
            List<LineResponse> lines,
            TotalsResponse totals) {

        static RevisionResponse of(QuoteReading.Shown shown) {
            return new RevisionResponse(
                    shown.quote().number(),
                    shown.revision(),
                    shown.sent().isPresent(),
                    shown.sent().map(s -> s.sentAt()).orElse(null),
                    shown.sent().map(s -> s.validUntil()).orElse(shown.quote().validUntil()),
                    shown.quote().currency().getCurrencyCode(),
                    shown.priced().stream().map(LineResponse::of).toList(),
                    TotalsResponse.of(shown.totals()));
        }
    }

    /** A quote request as recorded. */
    record RequestResponse(String number, String status, Instant createdAt) {}
}
