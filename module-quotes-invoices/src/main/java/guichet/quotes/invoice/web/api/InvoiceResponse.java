package guichet.quotes.invoice.web.api;

import guichet.platform.money.Money;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.pricing.Line;
import guichet.quotes.pricing.TaxLine;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or a credit note as the API shows it; amounts are decimal strings at the currency's minor unit
 * ({@code "116.620"} TND), {@code lines} and {@code taxes} only on a single invoice.
 */
record InvoiceResponse(
        UUID id,
        @Nullable String number,
        String kind,
        String status,
        UUID customerId,
        @Nullable String buyerName,
        @Nullable LocalDate issueDate,
        @Nullable LocalDate deliveryDate,
        String currency,
        String gross,
        String paid,
        String credited,
        String outstanding,
        List<String> origins,
        @Nullable List<LineResponse> lines,
        @Nullable List<TaxResponse> taxes) {

    record LineResponse(
            String description,
            @Nullable String item,
            String quantity,
            String unitPrice,
            String discountPercent,
            String taxRatePercent,
            String net) {}

    record TaxResponse(String ratePercent, String base, String tax) {}

    static InvoiceResponse summary(Invoice invoice) {
        return of(invoice, null, null);
    }

    static InvoiceResponse detail(Invoice invoice) {
        return of(
                invoice,
                invoice.pricedLines().stream().map(InvoiceResponse::line).toList(),
                invoice.totals().byRate().stream().map(InvoiceResponse::tax).toList());
    }

    private static InvoiceResponse of(
            Invoice invoice, @Nullable List<LineResponse> lines, @Nullable List<TaxResponse> taxes) {
        return new InvoiceResponse(
                invoice.id(),
                invoice.number().orElse(null),
                invoice.kind().name(),
                invoice.status().name(),
                invoice.customer().value(),
                invoice.buyerName(),
                invoice.issueDate(),
                invoice.deliveryDate(),
                invoice.currency().getCurrencyCode(),
                plain(invoice.gross()),
                plain(invoice.paid()),
                plain(invoice.credited()),
                plain(invoice.outstanding()),
                invoice.origins(),
                lines,
                taxes);
    }

    private static LineResponse line(Line line) {
        return new LineResponse(
                line.description(),
                line.item() == null ? null : line.item().toString(),
                line.quantity().toPlainString(),
                plain(line.unitPrice()),
                line.discountPercent().toPlainString(),
                line.taxRatePercent().toPlainString(),
                plain(line.net()));
    }

    private static TaxResponse tax(TaxLine rate) {
        return new TaxResponse(rate.ratePercent().toPlainString(), plain(rate.base()), plain(rate.tax()));
    }

    private static String plain(Money amount) {
        return amount.amount().toPlainString();
    }
}
