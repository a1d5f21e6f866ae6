package guichet.quotes.invoice;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.web.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' invoice requests (a copy, an invoice for a past purchase) and the staff's queue of them, oldest open
 * first; answering closes one.
 */
@Service
@Transactional
public class InvoiceRequests {

    /** The longest message or answer. */
    public static final int MAX_TEXT = 2000;

    private final InvoiceRequestStore store;
    private final InvoiceReading reading;
    private final Clock clock;

    InvoiceRequests(InvoiceRequestStore store, InvoiceReading reading, Clock clock) {
        this.store = store;
        this.reading = reading;
        this.clock = clock;
    }

    /**
     * A customer's request, about one of his own issued invoices when it names one.
     *
     * @throws IllegalArgumentException if the message is blank or too long
     * @throws NotFound if the invoice named is not his
     */
    public InvoiceRequest ask(CustomerId customer, InvoiceRequest.Kind kind, @Nullable UUID invoice, String message) {
        String text = message.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A request's message is 1 to " + MAX_TEXT + " characters");
        }
        if (invoice != null) {
            Invoice his = reading.find(new CustomerAccess.Accounts(java.util.Set.of(customer)), invoice);
            if (his.isDraft()) {
                throw new NotFound("Invoice");
            }
        }
        return store.save(new InvoiceRequest(customer, kind, invoice, text, clock.instant()));
    }

    /** The queue: open requests of the customers this access sees, oldest first. */
    @Transactional(readOnly = true)
    public Page<InvoiceRequest> queue(CustomerAccess access, Pageable page) {
        UUID rep = access.salesRep().map(UserId::value).orElse(null);
        return store.open(rep, page);
    }

    /** A customer's own requests, latest first. */
    @Transactional(readOnly = true)
    public List<InvoiceRequest> of(CustomerId customer) {
        return store.findTop20ByCustomerIdOrderByCreatedAtDesc(customer.value());
    }

    /**
     * Answers an open request the access sees.
     *
     * @throws NotFound if there is none, or the access does not see its customer
     * @throws IllegalArgumentException if the answer is blank or too long
     */
    public InvoiceRequest answer(CustomerAccess access, UUID id, String text, @Nullable UserId by) {
        String answer = text.strip();
        if (answer.isEmpty() || answer.length() > MAX_TEXT) {
            throw new IllegalArgumentException("An answer is 1 to " + MAX_TEXT + " characters");
        }
        InvoiceRequest request = store.findById(id).orElseThrow(() -> new NotFound("Request"));
        UUID rep = access.salesRep().map(UserId::value).orElse(null);
        if (request.status() != InvoiceRequest.Status.OPEN
                || (rep != null && !store.isRepOf(rep, request.customer().value()))) {
            throw new NotFound("Request");
        }
        request.answer(answer, by == null ? null : by.value(), clock.instant());
        return request;
    }
}
