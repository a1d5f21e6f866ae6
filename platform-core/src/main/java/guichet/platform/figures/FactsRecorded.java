package guichet.platform.figures;

import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;
import java.util.List;

/**
 * Facts a module recorded, published in the transaction of the change they count: the statistics module keeps them
 * in that same transaction, so a change and its facts are kept or lost together.
 */
public record FactsRecorded(TenantId tenant, List<Fact> facts) implements TenantEvent {

    public FactsRecorded {
        facts = List.copyOf(facts);
    }
}
