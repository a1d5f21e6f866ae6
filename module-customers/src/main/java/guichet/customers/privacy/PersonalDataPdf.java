package guichet.customers.privacy;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A customer's data export as a PDF: the {@code customers/personal-data} template (strict XHTML) rendered by
 * OpenHTMLtoPDF, in the reader's language, dates in the tenant's time zone.
 */
@Component
public class PersonalDataPdf {

    private final ITemplateEngine templates;

    PersonalDataPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(PersonalData data, Locale locale, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        String html = templates.process(
                "customers/personal-data", new Context(locale, Map.of("data", data, "format", format)));
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
