package guichet.platform.sales;

import guichet.platform.modules.Participant;

/**
 * A module's part in a sale, a synchronous port (ADR 32): called inside the transaction that records the sale, right
 * after it is saved, for tenants that have the module, so that the module does its share in that same transaction
 * (the shops module will reserve the product at the seller's shop) or refuses the sale by throwing a
 * {@link guichet.platform.modules.Refusal}, which rolls everything back and tells the seller why. Register it as a bean
 * (order several with {@code @Order}). Whatever may happen after the sale, and wait for its commit, listens to an event
 * instead.
 */
public interface SaleParticipant extends Participant {

    /** Takes part in this sale, just saved in the current transaction; the sale's tenant is bound. */
    void onSale(Sale sale);
}
