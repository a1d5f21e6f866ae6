package guichet.quotes.invoice;

/** An invoice, numbered {@code FAC-<year>-<6 digits>}, or a credit note, numbered {@code AVO-<year>-<6 digits>}. */
public enum InvoiceKind {
    INVOICE("FAC"),
    CREDIT_NOTE("AVO");

    private final String prefix;

    InvoiceKind(String prefix) {
        this.prefix = prefix;
    }

    /** The number's prefix, and the counter's kind. */
    public String prefix() {
        return prefix;
    }
}
