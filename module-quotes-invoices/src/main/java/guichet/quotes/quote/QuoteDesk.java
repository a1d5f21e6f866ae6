package guichet.quotes.quote;

import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.SellableItem;
import guichet.platform.catalog.SellableItems;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.money.Money;
import guichet.platform.tenancy.CurrentTenant;
import guichet.quotes.invoice.InvoiceDrafts;
import guichet.quotes.pricing.Line;
import guichet.quotes.pricing.Totals;
import guichet.quotes.request.QuoteRefused;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequestDesk;
import guichet.quotes.request.QuoteRequests;
import guichet.quotes.request.RequestedItem;
import guichet.quotes.request.YearCounters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of quotes: a draft's lines change, sending freezes the draft as revision N (its lines, validity and
 * totals), revising starts N+1 from it, and the customer accepts or refuses the latest sent revision while it is
 * valid. Every change is one transaction; the totals always come from {@link Totals}.
 */
@Service
@Transactional
public class QuoteDesk {

    public static final String PREFIX = "DEV";
    public static final int VALID_DAYS = 30;
    public static final int MAX_LINES = 200;

    private final Quotes quotes;
    private final QuoteLines lines;
    private final QuoteRevisions revisions;
    private final QuoteRequests requests;
    private final QuoteRequestDesk requestDesk;
    private final YearCounters counters;
    private final SellableItems catalogue;
    private final QuoteNotices notices;
    private final InvoiceDrafts invoices;
    private final ApplicationEventPublisher events;
    private final CurrentTenant tenant;
    private final Clock clock;

    QuoteDesk(
            Quotes quotes,
            QuoteLines lines,
            QuoteRevisions revisions,
            QuoteRequests requests,
            QuoteRequestDesk requestDesk,
            YearCounters counters,
            SellableItems catalogue,
            QuoteNotices notices,
            InvoiceDrafts invoices,
            ApplicationEventPublisher events,
            CurrentTenant tenant,
            Clock clock) {
        this.quotes = quotes;
        this.lines = lines;
        this.revisions = revisions;
        this.requests = requests;
        this.requestDesk = requestDesk;
        this.counters = counters;
        this.catalogue = catalogue;
        this.notices = notices;
        this.invoices = invoices;
        this.events = events;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** The tax rate a new line starts with, by the tenant's currency's country: staff change it per line. */
    public BigDecimal defaultTaxRate() {
        return switch (tenant.profile().currency().getCurrencyCode()) {
            case "TND" -> BigDecimal.valueOf(19);
            case "XOF" -> BigDecimal.valueOf(18);
            case "MAD", "EUR", "DZD" -> BigDecimal.valueOf(20);
            default -> BigDecimal.ZERO;
        };
    }

    /** A blank draft for a customer, valid {@value #VALID_DAYS} days. */
    public Quote create(CustomerId customer, UserId by) {
        Instant now = clock.instant();
        LocalDate today = today();
        return quotes.save(new Quote(
                counters.next(PREFIX, today.getYear()),
                customer,
                tenant.profile().currency(),
                today.plusDays(VALID_DAYS),
                by,
                now));
    }

    /**
     * A draft answering a quote request: its wanted items become lines at the catalogue's price (free wishes at
     * zero, for staff to price), and the request leaves the queue.
     *
     * @throws QuoteRefused if the request is no longer open
     */
    public Quote fromRequest(UUID requestId, UserId by) {
        QuoteRequest request = requests.findById(requestId).orElseThrow();
        if (!request.status().open()) {
            throw new QuoteRefused(null, "quotes.error.requestDone");
        }
        Quote quote = create(request.customer(), by);
        quote.answers(request.id(), request.ticketNumber().orElse(null));
        Currency currency = quote.currency();
        Map<ItemRef, SellableItem> items = catalogue.findAll(
                request.items().stream().flatMap(i -> i.item().stream()).toList());
        int position = 0;
        for (RequestedItem wanted : request.items()) {
            SellableItem item = wanted.item().map(items::get).orElse(null);
            Money price = item == null || item.unitPrice() == null ? Money.zero(currency) : item.unitPrice();
            lines.save(new QuoteLine(
                    quote.id(),
                    quote.revision(),
                    ++position,
                    new Line(
                            wanted.label(),
                            item == null ? null : item.ref(),
                            BigDecimal.valueOf(wanted.quantity()),
                            price,
                            BigDecimal.ZERO,
                            defaultTaxRate())));
        }
        reprice(quote);
        requestDesk.quoted(request.id(), quote.id());
        return quote;
    }

    /**
     * Adds a line to the draft revision.
     *
     * @throws QuoteRefused if the quote is not a draft, the item unknown, or a figure out of range
     */
    public QuoteLine addLine(UUID quoteId, LineInput input) {
        Quote quote = draft(quoteId);
        int last = lines.lastPosition(quote.id(), quote.revision());
        if (last >= MAX_LINES) {
            throw new QuoteRefused(null, "quotes.error.tooManyLines", MAX_LINES);
        }
        Line line = line(input, quote.currency());
        QuoteLine saved = lines.save(new QuoteLine(quote.id(), quote.revision(), last + 1, line));
        reprice(quote);
        return saved;
    }

    /** The line at this place of a revision. */
    @Transactional(readOnly = true)
    public QuoteLine lineAt(UUID quoteId, int revision, int position) {
        return lines.findByQuoteIdAndRevisionOrderByPosition(quoteId, revision).stream()
                .filter(l -> l.position() == position)
                .findFirst()
                .orElseThrow();
    }

    /** Removes a line of the draft revision. */
    public void removeLine(UUID quoteId, UUID lineId) {
        Quote quote = draft(quoteId);
        QuoteLine line = lines.findById(lineId)
                .filter(l -> l.quoteId().equals(quote.id()) && l.revision() == quote.revision())
                .orElseThrow(() -> new QuoteRefused(null, "quotes.error.notDraft"));
        lines.delete(line);
        reprice(quote);
    }

    /** Sets the draft revision's validity. */
    public void validUntil(UUID quoteId, LocalDate date) {
        Quote quote = draft(quoteId);
        if (date.isBefore(today())) {
            throw new QuoteRefused("validUntil", "quotes.error.validity");
        }
        quote.validUntil(date, clock.instant());
    }

    /**
     * Sends the draft: it becomes revision N, frozen with its lines, validity and totals, and the customer is told.
     *
     * @throws QuoteRefused if it is not a draft, has no line, or its validity is past
     */
    public QuoteRevision send(UUID quoteId, UserId by) {
        Quote quote = draft(quoteId);
        List<Line> current = linesOf(quote, quote.revision());
        if (current.isEmpty()) {
            throw new QuoteRefused(null, "quotes.error.noLines");
        }
        if (quote.validUntil().isBefore(today())) {
            throw new QuoteRefused("validUntil", "quotes.error.validity");
        }
        Totals totals = Totals.of(quote.currency(), current);
        Instant now = clock.instant();
        QuoteRevision revision = revisions.save(new QuoteRevision(
                quote.id(),
                quote.revision(),
                quote.validUntil(),
                totals.net().amount(),
                totals.tax().amount(),
                totals.gross().amount(),
                by,
                now));
        quote.priced(totals, now);
        quote.sent(now);
        notices.sent(quote);
        return revision;
    }

    /**
     * Starts revision N+1 from the last sent one: its lines copied, to change before sending it.
     *
     * @throws QuoteRefused if the quote is a draft already or accepted
     */
    public Quote revise(UUID quoteId) {
        Quote quote = quotes.findById(quoteId).orElseThrow();
        if (quote.status() != QuoteStatus.SENT && quote.status() != QuoteStatus.REFUSED) {
            throw new QuoteRefused(null, "quotes.error.notRevisable");
        }
        List<QuoteLine> sent = lines.findByQuoteIdAndRevisionOrderByPosition(quote.id(), quote.revision());
        quote.revised(clock.instant());
        sent.forEach(line -> lines.save(line.copyTo(quote.revision(), quote.currency())));
        return quote;
    }

    /**
     * The customer accepts or refuses the latest sent revision; staff are told, and an acceptance makes an invoice
     * draft of the revision's lines ({@link InvoiceDrafts#draft}) in the same transaction, then is published as
     * {@link QuoteAccepted}.
     *
     * @param revision the revision the customer saw, so that he never decides on one he has not read
     * @throws QuoteRefused if it is not the latest sent revision awaiting his answer, or it is past its validity
     */
    public Quote decide(UUID quoteId, int revision, boolean accept, UserId by) {
        Quote quote = quotes.findById(quoteId).orElseThrow();
        if (quote.status() != QuoteStatus.SENT || quote.sentRevision().orElse(0) != revision) {
            throw new QuoteRefused(null, "quotes.error.notAwaiting");
        }
        QuoteRevision sent =
                revisions.findByQuoteIdAndRevision(quote.id(), revision).orElseThrow();
        if (accept && sent.validUntil().isBefore(today())) {
            throw new QuoteRefused(null, "quotes.error.expired");
        }
        quote.decided(accept, clock.instant());
        notices.decided(quote, accept, by);
        if (accept) {
            List<Line> accepted = linesOf(quote, revision);
            UUID invoice = invoices.draft(quote.customer(), accepted, "quote:" + quote.number() + " r" + revision);
            events.publishEvent(new QuoteAccepted(
                    tenant.profile().id(), quote.id(), quote.number(), revision, quote.customer(), accepted, invoice));
        }
        return quote;
    }

    private Quote draft(UUID quoteId) {
        Quote quote = quotes.findById(quoteId).orElseThrow();
        if (!quote.editable()) {
            throw new QuoteRefused(null, "quotes.error.notDraft");
        }
        return quote;
    }

    private List<Line> linesOf(Quote quote, int revision) {
        return lines.findByQuoteIdAndRevisionOrderByPosition(quote.id(), revision).stream()
                .map(l -> l.line(quote.currency()))
                .toList();
    }

    private void reprice(Quote quote) {
        quote.priced(Totals.of(quote.currency(), linesOf(quote, quote.revision())), clock.instant());
    }

    private Line line(LineInput input, Currency currency) {
        SellableItem item = input.item() == null
                ? null
                : catalogue.find(input.item()).orElseThrow(() -> new QuoteRefused("item", "quotes.error.item"));
        String description = input.description() == null || input.description().isBlank()
                ? (item == null ? "" : item.label())
                : input.description().strip();
        if (description.isEmpty() || description.length() > 500) {
            throw new QuoteRefused("description", "quotes.error.description");
        }
        if (input.quantity().signum() <= 0 || input.quantity().scale() > 4) {
            throw new QuoteRefused("quantity", "quotes.error.quantity");
        }
        Money price;
        if (input.unitPrice() != null) {
            if (input.unitPrice().signum() < 0
                    || input.unitPrice().stripTrailingZeros().scale() > Money.decimalsOf(currency)) {
                throw new QuoteRefused("unitPrice", "quotes.error.unitPrice", Money.decimalsOf(currency));
            }
            price = Money.rounded(input.unitPrice(), currency, java.math.RoundingMode.UNNECESSARY);
        } else if (item != null && item.unitPrice() != null) {
            price = item.unitPrice();
        } else {
            throw new QuoteRefused("unitPrice", "quotes.error.unitPrice", Money.decimalsOf(currency));
        }
        if (!percent(input.discountPercent())) {
            throw new QuoteRefused("discount", "quotes.error.percent");
        }
        if (!percent(input.taxRatePercent())) {
            throw new QuoteRefused("taxRate", "quotes.error.percent");
        }
        return new Line(
                description,
                item == null ? null : item.ref(),
                input.quantity(),
                price,
                input.discountPercent(),
                input.taxRatePercent());
    }

    private static boolean percent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.scale() <= 4;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), tenant.zoneId());
    }
}
