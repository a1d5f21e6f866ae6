package guichet.quotes.quote;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.money.Money;
import guichet.platform.money.MoneyFormat;
import guichet.platform.tenancy.CurrentTenant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A sent revision of a quote as a PDF: the {@code quotes/pdf} template (strict XHTML) rendered by OpenHTMLtoPDF, in
 * French or English (Arabic, which needs a font with its glyphs and right-to-left shaping, is printed in French until
 * the invoices' PDFs bring that font), amounts in the tenant's currency, dates in its time zone.
 */
@Component
public class QuotePdf {

    private final ITemplateEngine templates;
    private final Customers customers;
    private final CurrentTenant tenant;

    QuotePdf(ITemplateEngine templates, Customers customers, CurrentTenant tenant) {
        this.templates = templates;
        this.customers = customers;
        this.tenant = tenant;
    }

    /** The PDF of a sent revision; the language is the reader's, French for Arabic. */
    public byte[] render(QuoteReading.Shown revision, Locale reader) {
        Locale locale = "en".equals(reader.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(tenant.zoneId());
        Function<Money, String> money = amount -> MoneyFormat.format(amount, locale);
        String customer = customers
                .find(revision.quote().customer())
                .map(Customer::displayName)
                .orElse("");
        String html = templates.process(
                "quotes/pdf",
                new Context(
                        locale,
                        Map.of(
                                "view", revision,
                                "customer", customer,
                                "seller", tenant.profile().displayName(),
                                "dates", dates,
                                "money", money)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(html, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
