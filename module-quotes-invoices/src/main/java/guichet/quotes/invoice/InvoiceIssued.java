package guichet.quotes.invoice;

import guichet.platform.tenancy.TenantId;
import java.util.UUID;

/**
 * An invoice or a credit note was issued with this number (published within the issuing transaction: its PDF is
 * archived, and the quotes it came from may follow).
 */
public record InvoiceIssued(TenantId tenant, UUID invoice, String number) {}
