package guichet.quotes.invoice;

/** An issued invoice never changes (a credit note corrects it); a merged draft neither. */
public class InvoiceFrozen extends IllegalStateException {

    InvoiceFrozen(Invoice invoice) {
        super("Invoice " + invoice.number().orElse(invoice.id().toString()) + " is " + invoice.status()
                + " and does not change");
    }
}
