package guichet.quotes.invoice;

/** Where an invoice or a credit note stands. */
public enum InvoiceStatus {
    /** Being written: it has no number and may change, be merged or be issued. */
    DRAFT,
    /** Issued and nothing paid yet (a credit note stays issued). */
    ISSUED,
    /** Some of it paid or credited, not all. */
    PARTIALLY_PAID,
    /** All of it paid (what credit notes cancelled counting as settled). */
    PAID,
    /** All of it cancelled by credit notes. */
    CREDITED,
    /** A draft merged into another draft, which carries its lines and origins. */
    MERGED;

    public boolean issued() {
        return this != DRAFT && this != MERGED;
    }
}
