package guichet.quotes.invoice;

import java.util.List;

/**
 * An invoice cannot be issued without the mentions the law asks for; {@link #missing()} lists the message keys of
 * those it lacks ({@code invoices.missing.sellerLegalName}...), in the order the invoice prints them.
 */
public class MissingMentions extends RuntimeException {

    private final List<String> missing;

    MissingMentions(List<String> missing) {
        super("Mentions missing: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
