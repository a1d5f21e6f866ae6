package guichet.claims.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kind of ticket (incident, demande de résiliation, branche technique…), configured per tenant. */
@Entity
@Table(name = "clm_type")
public class TicketType extends Choice {

    protected TicketType() {}

    public TicketType(String code, Labels labels, int position) {
        super(code, labels, position);
    }
}
