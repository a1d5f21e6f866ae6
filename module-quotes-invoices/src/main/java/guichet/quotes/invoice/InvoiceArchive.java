package guichet.quotes.invoice;

import guichet.platform.files.BlobKey;
import guichet.platform.files.BlobStore;
import guichet.platform.web.NotFound;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issued invoices' PDFs in the tenant's file store: written when the document is issued, in the issuing transaction
 * (a failure to archive refuses the issue: an issued invoice always has its PDF), and read back as they were.
 */
@Component
public class InvoiceArchive {

    private final Invoices invoices;
    private final InvoicePdf pdf;
    private final BlobStore blobs;

    InvoiceArchive(Invoices invoices, InvoicePdf pdf, BlobStore blobs) {
        this.invoices = invoices;
        this.pdf = pdf;
        this.blobs = blobs;
    }

    @EventListener
    void on(InvoiceIssued issued) {
        Invoice invoice = invoices.findById(issued.invoice()).orElseThrow(() -> new NotFound("Invoice"));
        byte[] rendered = pdf.render(invoice);
        invoice.archived(blobs.store(new ByteArrayInputStream(rendered), issued.number() + ".pdf")
                .key()
                .toString());
    }

    /** The PDF as it was archived, or (a draft) as it would be issued now. */
    public byte[] pdfOf(Invoice invoice) {
        if (invoice.pdfKey().isEmpty()) {
            return pdf.render(invoice);
        }
        try (InputStream in = blobs.open(BlobKey.parse(invoice.pdfKey().orElseThrow()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
