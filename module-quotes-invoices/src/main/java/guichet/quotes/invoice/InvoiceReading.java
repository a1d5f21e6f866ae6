package guichet.quotes.invoice;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.web.NotFound;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices as a user may read them: staff every customer's, a sales representative his customers' only, a customer's
 * account its own customer's only. What he may not read is not found, never forbidden, so an answer tells nothing.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceReading {

    private final Invoices invoices;
    private final Customers customers;

    InvoiceReading(Invoices invoices, Customers customers) {
        this.invoices = invoices;
        this.customers = customers;
    }

    /** A page of the documents this access sees, of one status and customer when given. */
    public Page<Invoice> page(
            CustomerAccess access, @Nullable InvoiceStatus status, @Nullable UUID customer, Pageable page) {
        UUID rep = access.salesRep().map(r -> r.value()).orElse(null);
        if (access instanceof CustomerAccess.Accounts accounts) {
            // A customer's account: his own customer's only, whatever was asked.
            UUID own = accounts.ids().stream().sorted().findFirst().orElse(null);
            if (own == null || (customer != null && !accounts.ids().contains(customer))) {
                return Page.empty(page);
            }
            return invoices.search(status, customer == null ? own : customer, null, false, page);
        }
        return invoices.search(status, customer, rep, true, page);
    }

    /**
     * The document, if this access sees it.
     *
     * @throws NotFound otherwise, or if there is none
     */
    public Invoice find(CustomerAccess access, UUID id) {
        Invoice invoice = invoices.findById(id).orElseThrow(() -> new NotFound("Invoice"));
        if (invoice.status() == InvoiceStatus.MERGED || !sees(access, invoice)) {
            throw new NotFound("Invoice");
        }
        // Pages are rendered after the transaction: its lines and totals are read now.
        invoice.lines();
        invoice.totals();
        return invoice;
    }

    /** The same, by number ({@code FAC-2026-000123}). */
    public Invoice findByNumber(CustomerAccess access, String number) {
        Invoice invoice = invoices.findByNumber(number).orElseThrow(() -> new NotFound("Invoice"));
        return find(access, invoice.id());
    }

    /** The credit notes of an invoice, oldest first (their numbers and totals, not their lines). */
    public List<Invoice> creditNotes(Invoice invoice) {
        return invoices.findByCreditedInvoiceIdOrderByCreatedAt(invoice.id());
    }

    /** Whether this access sees the customer's records. */
    public boolean sees(CustomerAccess access, Invoice invoice) {
        if (access instanceof CustomerAccess.Everyone) {
            return true;
        }
        Customer customer = customers.find(invoice.customer()).orElse(null);
        return customer != null && access.allows(customer);
    }
}
