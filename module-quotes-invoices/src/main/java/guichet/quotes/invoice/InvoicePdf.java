package guichet.quotes.invoice;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import guichet.platform.money.Money;
import guichet.platform.money.MoneyFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An invoice or a credit note as a PDF: the {@code quotes/invoices/pdf} template (strict XHTML) rendered by
 * OpenHTMLtoPDF in the invoice's language; Arabic right to left, shaped and reordered by ICU4J, in DejaVu Sans (bundled:
 * its glyphs cover Latin and Arabic).
 */
@Component
public class InvoicePdf {

    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;

    InvoicePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(Invoice invoice) {
        Locale locale = Locale.forLanguageTag(invoice.language());
        boolean rtl = "ar".equals(invoice.language());
        String html = templates.process(
                "quotes/invoices/pdf",
                new Context(locale, Map.of("invoice", invoice, "rtl", rtl, "format", new Format(locale))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true)
                    .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .defaultTextDirection(rtl ? TextDirection.RTL : TextDirection.LTR)
                    .withHtmlContent(html, null)
                    .toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String name) {
        try {
            return new ClassPathResource("fonts/" + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the template writes amounts, quantities and dates in the invoice's language. */
    public record Format(Locale locale) {

        public String money(Money amount) {
            return MoneyFormat.format(amount, locale);
        }

        public String number(BigDecimal value) {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(4);
            return format.format(value);
        }

        public String date(@Nullable LocalDate date) {
            return date == null
                    ? ""
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(locale)
                            .format(date);
        }
    }
}
