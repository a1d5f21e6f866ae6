package guichet.quotes.invoice;

import guichet.platform.money.Money;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.web.NotFound;
import guichet.quotes.pricing.Line;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing: an invoice's mentions are checked, it takes the next number of its year in the same transaction, and is
 * frozen; a credit note, numbered on its own, cancels part or all of an issued invoice.
 */
@Service
@Transactional
public class InvoiceIssuing {

    private final Invoices invoices;
    private final SellerSettings seller;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InvoiceIssuing(
            Invoices invoices,
            SellerSettings seller,
            CurrentTenant tenant,
            Clock clock,
            ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.seller = seller;
        this.tenant = tenant;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What this draft lacks to be issued, as message keys, in the order an invoice prints the mentions; empty when it
     * may be issued.
     */
    @Transactional(readOnly = true)
    public List<String> missingMentions(UUID draftId) {
        return missing(find(draftId), seller.current());
    }

    /**
     * Issues a draft invoice: numbered {@code FAC-<year>-<6 digits>} from the tenant's counter of its issue year, dated
     * today in the tenant's time zone, its seller's mentions and totals frozen.
     *
     * @throws MissingMentions listing what it lacks; nothing is numbered
     * @throws InvoiceFrozen if it is not a draft
     */
    public Invoice issue(UUID draftId) {
        Invoice draft = find(draftId);
        if (!draft.isDraft()) {
            throw new InvoiceFrozen(draft);
        }
        Seller mentions = seller.current();
        List<String> missing = missing(draft, mentions);
        if (!missing.isEmpty()) {
            throw new MissingMentions(missing);
        }
        number(draft, mentions);
        return draft;
    }

    /**
     * A credit note cancelling these quantities of an issued invoice's lines (by position, from 1), issued at once
     * with the next {@code AVO-<year>-<6 digits>}; the invoice's credited amount, status and the customer's balance
     * follow.
     *
     * @param quantities how much of each line to cancel, at most what earlier credit notes left of it
     * @throws IllegalArgumentException if nothing is cancelled or a quantity is more than is left
     * @throws InvoiceFrozen if the invoice is a draft or itself a credit note
     */
    public Invoice creditNote(UUID invoiceId, Map<Integer, BigDecimal> quantities) {
        Invoice invoice = find(invoiceId);
        if (!invoice.status().issued() || invoice.kind() != InvoiceKind.INVOICE) {
            throw new InvoiceFrozen(invoice);
        }
        List<Line> credited = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> wanted : new java.util.TreeMap<>(quantities).entrySet()) {
            BigDecimal quantity = wanted.getValue();
            if (quantity.signum() == 0) {
                continue;
            }
            InvoiceLine line = invoice.line(wanted.getKey());
            if (quantity.signum() < 0 || quantity.compareTo(line.creditableQuantity()) > 0) {
                throw new IllegalArgumentException("Line " + wanted.getKey() + " has " + line.creditableQuantity()
                        + " left to credit, not " + quantity);
            }
            Line priced = line.line(invoice.currency());
            credited.add(new Line(
                    priced.description(),
                    priced.item(),
                    quantity,
                    priced.unitPrice(),
                    priced.discountPercent(),
                    priced.taxRatePercent()));
            line.credit(quantity);
        }
        if (credited.isEmpty()) {
            throw new IllegalArgumentException("A credit note cancels at least one line");
        }
        Invoice unsaved = invoice.creditNote(clock.instant());
        unsaved.replaceLines(credited);
        // save merges a new entity with an assigned id: the managed copy is the one to change.
        Invoice note = invoices.save(unsaved);
        number(note, seller.current());
        Money amount = note.totals().gross();
        // What rounding per rate could make exceed the invoice is capped at what it has left.
        Money left = invoice.totals().gross().minus(invoice.credited());
        invoice.credited(amount.isGreaterThan(left) ? left : amount);
        return note;
    }

    private void number(Invoice document, Seller mentions) {
        LocalDate today = LocalDate.now(clock.withZone(tenant.profile().zoneId()));
        String prefix = document.kind().prefix();
        long next = invoices.nextNumber(prefix, today.getYear());
        String number = "%s-%d-%06d".formatted(prefix, today.getYear(), next);
        document.issue(number, today, mentions, clock.instant());
        events.publishEvent(new InvoiceIssued(TenantContext.require(), document.id(), number));
    }

    private static List<String> missing(Invoice draft, Seller seller) {
        List<String> missing = new ArrayList<>();
        check(missing, seller.legalName(), "sellerLegalName");
        check(missing, seller.address(), "sellerAddress");
        check(missing, seller.taxIds(), "sellerTaxIds");
        check(missing, draft.buyerName(), "buyerName");
        check(missing, draft.buyerAddress(), "buyerAddress");
        if (draft.deliveryDate() == null) {
            missing.add("invoices.missing.deliveryDate");
        }
        if (draft.lines().isEmpty()) {
            missing.add("invoices.missing.lines");
        }
        check(missing, seller.paymentTerms(), "paymentTerms");
        return missing;
    }

    private static void check(List<String> missing, @org.jspecify.annotations.Nullable String value, String mention) {
        if (value == null || value.isBlank()) {
            missing.add("invoices.missing." + mention);
        }
    }

    private Invoice find(UUID id) {
        return invoices.findById(id).orElseThrow(() -> new NotFound("Invoice"));
    }
}
