package guichet.quotes.invoice;

import static guichet.quotes.invoice.InvoiceFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Issued invoices' PDFs: archived when issued, in the invoice's language, Arabic right to left in reading order. */
@GuichetTest
@Import(InvoiceFixture.class)
class InvoicePdfTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    InvoiceDrafts drafts;

    @Autowired
    InvoiceIssuing issuing;

    @Autowired
    InvoiceArchive archive;

    @Test
    void anArabicInvoicesTextExtractsInReadingOrder() throws IOException {
        TenantProfile tenant = tenants.create("facpdfar", "quotes");
        fixture.seller(tenant);
        CustomerId customer = fixture.customer(tenant, "Arabe");
        UUID id = fixture.draft(tenant, customer, "", line("مفتاح الجيل الرابع", "2", "49.000", "TND", "19"));
        fixture.in(
                tenant,
                () -> drafts.describe(id, "أمينة بن علي", "3 نهج مرسيليا، تونس", LocalDate.of(2026, 12, 1), "ar"));
        Invoice issued = fixture.in(tenant, () -> issuing.issue(id));
        assertThat(fixture.reread(tenant, id).pdfKey()).isPresent();

        String text = text(fixture.in(tenant, () -> archive.pdfOf(fixture.reread(tenant, id))));

        // Words of Arabic read right to left come out in reading order (shaped glyphs back to their letters); a line
        // mixing scripts keeps each run whole.
        String title = text.lines().findFirst().orElseThrow();
        assertThat(title).contains("فاتورة").contains(issued.number().orElseThrow());
        assertThat(text).contains("تاريخ الإصدار").contains("تاريخ التسليم");
        assertThat(text.indexOf("البائع")).isPositive().isLessThan(text.indexOf("المشتري"));
        assertThat(text).contains("أمينة بن علي");
        assertThat(text).contains("نهج مرسيليا، تونس");
        assertThat(text).contains("مفتاح الجيل الرابع");
        assertThat(text).contains("مجموع الضرائب");
        assertThat(text).contains("Atlas Télécom SARL");
    }

    @Test
    void aFrenchInvoiceCarriesEveryMention() throws IOException {
        TenantProfile tenant = tenants.create("facpdffr", "quotes");
        fixture.seller(tenant);
        CustomerId customer = fixture.customer(tenant, "Francais");
        Invoice issued = fixture.issued(tenant, customer, line("Clé 4G", "1", "49.000", "TND", "19"));
        String text = text(fixture.in(tenant, () -> archive.pdfOf(fixture.reread(tenant, issued.id()))));
        assertThat(text)
                .contains("Facture " + issued.number().orElseThrow())
                .contains("Atlas Télécom SARL")
                .contains("MF 1234567/A/M/000")
                .contains("3 rue de Marseille")
                .contains("Clé 4G")
                .contains("Taxe 19 %")
                .contains("30 jours");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
