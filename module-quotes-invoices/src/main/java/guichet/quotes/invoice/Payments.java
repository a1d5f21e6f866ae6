package guichet.quotes.invoice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The current tenant's payments. */
public interface Payments extends Repository<Payment, UUID> {

    Payment save(Payment payment);

    List<Payment> findByInvoiceIdOrderByRecordedAt(UUID invoice);
}
