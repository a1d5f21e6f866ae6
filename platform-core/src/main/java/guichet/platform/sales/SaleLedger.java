package guichet.platform.sales;

import guichet.platform.modules.Participants;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a sale is recorded: saved, then each participating module's part ({@link SaleParticipant}), all in the caller's
 * transaction, which a participant's refusal rolls back. Every sale a person makes goes through it; only demo data,
 * which seeds past purchases, saves sales directly.
 */
@Service
public class SaleLedger {

    private final Sales sales;
    private final List<SaleParticipant> participants;
    private final Participants calls;

    SaleLedger(Sales sales, List<SaleParticipant> participants, Participants calls) {
        this.sales = sales;
        this.participants = List.copyOf(participants);
        this.calls = calls;
    }

    /**
     * Saves the sale and asks the participants of the tenant's modules to take part.
     *
     * @throws guichet.platform.modules.Refusal a participant's refusal; the caller's transaction rolls back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Sale record(Sale sale) {
        Sale saved = sales.save(sale);
        calls.call(participants, participant -> participant.onSale(saved));
        return saved;
    }
}
