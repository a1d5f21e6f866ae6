package guichet.quotes.invoice.web;

import guichet.platform.money.AmountRejected;
import guichet.platform.money.MoneyFormat;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.pricing.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** A draft's buyer, delivery date, language and lines as typed; kept as typed when something is refused. */
public class DraftForm {

    /** Blank rows offered below a draft's lines. */
    static final int BLANK_ROWS = 3;

    private @Nullable String buyerName;
    private @Nullable String buyerAddress;
    private @Nullable String deliveryDate;
    private String language = "fr";
    private List<LineRow> lines = new ArrayList<>();

    /** The form as the draft fills it, with blank rows to add lines. */
    static DraftForm of(Invoice draft, Locale locale) {
        DraftForm form = new DraftForm();
        form.buyerName = draft.buyerName();
        form.buyerAddress = draft.buyerAddress();
        form.deliveryDate =
                draft.deliveryDate() == null ? null : draft.deliveryDate().toString();
        form.language = draft.language();
        for (Line line : draft.pricedLines()) {
            LineRow row = new LineRow();
            row.setDescription(line.description());
            row.setQuantity(line.quantity().toPlainString());
            row.setUnitPrice(MoneyFormat.plain(line.unitPrice(), locale));
            row.setDiscount(line.discountPercent().toPlainString());
            row.setTaxRate(line.taxRatePercent().toPlainString());
            form.lines.add(row);
        }
        form.padded();
        return form;
    }

    void padded() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            lines.add(new LineRow());
        }
    }

    /** The lines typed, in the draft's currency; what cannot be read is added to {@code errors}, translated. */
    List<Line> lines(Invoice draft, Locale locale, MessageSource messages, List<String> errors) {
        List<Line> parsed = new ArrayList<>();
        int number = 0;
        for (LineRow row : lines) {
            number++;
            if (row.blank()) {
                continue;
            }
            try {
                BigDecimal quantity = decimal(row.getQuantity(), "1");
                BigDecimal discount = decimal(row.getDiscount(), "0");
                BigDecimal rate = decimal(row.getTaxRate(), "0");
                var price = MoneyFormat.parse(text(row.getUnitPrice(), "0"), draft.currency(), locale);
                parsed.add(new Line(text(row.getDescription(), ""), null, quantity, price, discount, rate));
            } catch (AmountRejected e) {
                errors.add(messages.getMessage("invoices.error.line", new Object[] {number}, locale) + " "
                        + messages.getMessage(e.messageKey(), e.arguments(), locale));
            } catch (IllegalArgumentException e) {
                errors.add(messages.getMessage("invoices.error.line", new Object[] {number}, locale) + " "
                        + messages.getMessage("invoices.error.lineValues", null, locale));
            }
        }
        return parsed;
    }

    /** The delivery date typed, or null; an unreadable one is added to {@code errors}. */
    @Nullable
    LocalDate delivery(Locale locale, MessageSource messages, List<String> errors) {
        if (deliveryDate == null || deliveryDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(deliveryDate.strip());
        } catch (DateTimeParseException e) {
            errors.add(messages.getMessage("invoices.error.date", null, locale));
            return null;
        }
    }

    private static BigDecimal decimal(@Nullable String typed, String blank) {
        return new BigDecimal(
                text(typed, blank).replace(',', '.').replace(" ", "").replace(" ", ""));
    }

    private static String text(@Nullable String typed, String blank) {
        return typed == null || typed.isBlank() ? blank : typed.strip();
    }

    public @Nullable String getBuyerName() {
        return buyerName;
    }

    public void setBuyerName(@Nullable String buyerName) {
        this.buyerName = buyerName;
    }

    public @Nullable String getBuyerAddress() {
        return buyerAddress;
    }

    public void setBuyerAddress(@Nullable String buyerAddress) {
        this.buyerAddress = buyerAddress;
    }

    public @Nullable String getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(@Nullable String deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public void setLines(List<LineRow> lines) {
        this.lines = lines;
    }

    /** One line as typed. */
    public static class LineRow {
        private @Nullable String description;
        private @Nullable String quantity;
        private @Nullable String unitPrice;
        private @Nullable String discount;
        private @Nullable String taxRate;

        boolean blank() {
            return isBlank(description) && isBlank(quantity) && isBlank(unitPrice);
        }

        private static boolean isBlank(@Nullable String text) {
            return text == null || text.isBlank();
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }

        public @Nullable String getQuantity() {
            return quantity;
        }

        public void setQuantity(@Nullable String quantity) {
            this.quantity = quantity;
        }

        public @Nullable String getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(@Nullable String unitPrice) {
            this.unitPrice = unitPrice;
        }

        public @Nullable String getDiscount() {
            return discount;
        }

        public void setDiscount(@Nullable String discount) {
            this.discount = discount;
        }

        public @Nullable String getTaxRate() {
            return taxRate;
        }

        public void setTaxRate(@Nullable String taxRate) {
            this.taxRate = taxRate;
        }
    }
}
