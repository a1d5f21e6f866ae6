package guichet.quotes.quote;

import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantId;
import guichet.quotes.pricing.Line;
import java.util.List;
import java.util.UUID;

/**
 * A customer accepted a revision of a quote, whose invoice draft was made in the same transaction (ADR 63): published
 * for whoever follows quotes (statistics, a ticket's follow-up). Carries its tenant: a listener binds it before
 * touching data.
 *
 * @param tenant the quote's tenant
 * @param quoteId the quote
 * @param number its number ({@code DEV-2026-0001})
 * @param revision the revision accepted
 * @param customer whose quote
 * @param lines the accepted revision's lines, in order
 * @param invoiceDraft the invoice draft made of them
 */
public record QuoteAccepted(
        TenantId tenant,
        UUID quoteId,
        String number,
        int revision,
        CustomerId customer,
        List<Line> lines,
        UUID invoiceDraft) {

    public QuoteAccepted {
        lines = List.copyOf(lines);
    }
}
