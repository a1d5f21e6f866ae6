package guichet.quotes.invoice;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.customers.PostalAddress;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.web.NotFound;
import guichet.quotes.pricing.Line;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draft invoices: made from an accepted quote (or typed by staff), their lines and buyer changed, several of one
 * customer merged into one. Drafts have no number; {@link InvoiceIssuing} gives them one.
 */
@Service
@Transactional
public class InvoiceDrafts {

    /** The languages an invoice is written in. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en", "ar");

    private final Invoices invoices;
    private final Customers customers;
    private final CurrentTenant tenant;
    private final Clock clock;

    InvoiceDrafts(Invoices invoices, Customers customers, CurrentTenant tenant, Clock clock) {
        this.invoices = invoices;
        this.customers = customers;
        this.tenant = tenant;
        this.clock = clock;
    }

    /**
     * A new draft for this customer, with these lines (in the lines' currency, or the tenant's when there are none),
     * the buyer's name and first address taken from the customer's record.
     *
     * @param origin where it comes from, as the invoice lists it ({@code quote:DEV-2026-0001 r2}); may be blank
     * @return the draft's id
     * @throws NotFound if the tenant has no such customer
     * @throws guichet.platform.money.Money.CurrencyMismatch if the lines are in two currencies
     */
    public UUID draft(CustomerId customerId, List<Line> lines, String origin) {
        Customer customer = customers.find(customerId).orElseThrow(() -> new NotFound("Customer"));
        Currency currency =
                lines.isEmpty() ? tenant.profile().currency() : lines.getFirst().currency();
        String address = customer.addresses().stream()
                .findFirst()
                .map(PostalAddress::oneLine)
                .orElse(null);
        Invoice draft = Invoice.draft(customerId, currency, customer.displayName(), address, origin, clock.instant());
        draft.replaceLines(lines);
        return invoices.save(draft).id();
    }

    /** The draft's lines, all replaced by these. */
    public Invoice changeLines(UUID draftId, List<Line> lines) {
        Invoice draft = find(draftId);
        draft.replaceLines(lines);
        return draft;
    }

    /** The draft's buyer, delivery date and language. */
    public Invoice describe(
            UUID draftId,
            @Nullable String buyerName,
            @Nullable String buyerAddress,
            @Nullable LocalDate deliveryDate,
            String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("No invoice language " + language);
        }
        Invoice draft = find(draftId);
        draft.describe(buyerName, buyerAddress, deliveryDate, language);
        return draft;
    }

    /** The draft's delivery date, its buyer and language kept. */
    public Invoice deliveredOn(UUID draftId, LocalDate deliveryDate) {
        Invoice draft = find(draftId);
        draft.describe(draft.buyerName(), draft.buyerAddress(), deliveryDate, draft.language());
        return draft;
    }

    /**
     * Several drafts of one customer made one: the first keeps its place and takes the others' lines after its own,
     * and their origins; the others are marked merged into it (and keep their own lines, for the record).
     *
     * @throws IllegalArgumentException if fewer than two drafts are given or they are of two customers
     * @throws InvoiceFrozen if one is not a draft
     */
    public Invoice merge(List<UUID> draftIds) {
        List<UUID> distinct = draftIds.stream().distinct().toList();
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("Merge at least two drafts");
        }
        List<Invoice> drafts = new ArrayList<>();
        for (UUID id : distinct) {
            drafts.add(find(id));
        }
        Invoice target = drafts.getFirst();
        for (Invoice other : drafts.subList(1, drafts.size())) {
            if (!other.customer().equals(target.customer())) {
                throw new IllegalArgumentException("Only one customer's drafts merge");
            }
            target.absorb(other);
        }
        return target;
    }

    private Invoice find(UUID id) {
        return invoices.findById(id).orElseThrow(() -> new NotFound("Invoice"));
    }
}
