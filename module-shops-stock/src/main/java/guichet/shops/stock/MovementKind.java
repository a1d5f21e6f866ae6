package guichet.shops.stock;

/** Why a site's quantity of a product changed. */
public enum MovementKind {
    /** Goods received from a supplier or the warehouse. */
    RECEIPT,
    /** Taken by a sale of the customers module. */
    SALE,
    /** Sent to another site (the other half is that site's {@link #TRANSFER_IN}). */
    TRANSFER_OUT,
    TRANSFER_IN,
    /** Brought back by a customer. */
    RETURN,
    /** Corrected, with a reason (breakage, loss, found again). */
    ADJUSTMENT,
    /** Set to what a stock count found. */
    COUNT
}
