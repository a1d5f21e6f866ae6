package guichet.quotes.invoice;

import guichet.platform.ids.CustomerId;
import guichet.platform.money.Money;
import guichet.quotes.pricing.Line;
import guichet.quotes.pricing.TaxLine;
import guichet.quotes.pricing.Totals;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or a credit note. A draft changes freely; issuing gives it its number and freezes its mentions, lines and
 * totals for good: afterwards only what was paid and credited moves, and with them its status. Changed through
 * {@link InvoiceDrafts}, {@link InvoiceIssuing} and {@link InvoicePayments} only.
 */
@Entity
@Table(name = "inv_invoice")
public class Invoice {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private InvoiceKind kind;

    private @Nullable String number;

    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    private UUID customerId;
    private String currency;
    private String origins;
    private @Nullable UUID mergedIntoId;
    private @Nullable UUID creditedInvoiceId;
    private @Nullable String buyerName;
    private @Nullable String buyerAddress;
    private @Nullable LocalDate deliveryDate;
    private @Nullable LocalDate issueDate;
    private @Nullable String sellerLegalName;
    private @Nullable String sellerAddress;
    private @Nullable String sellerTaxIds;
    private @Nullable String paymentTerms;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal gross;
    private BigDecimal paid;
    private BigDecimal credited;
    private String language;
    private @Nullable String pdfKey;
    private Instant createdAt;
    private @Nullable Instant issuedAt;

    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "inv_tax_total", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("taxRatePercent")
    private List<TaxTotal> taxTotals = new ArrayList<>();

    protected Invoice() {}

    private Invoice(
            InvoiceKind kind,
            CustomerId customer,
            Currency currency,
            @Nullable String buyerName,
            @Nullable String buyerAddress,
            String origins,
            Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.status = InvoiceStatus.DRAFT;
        this.customerId = customer.value();
        this.currency = currency.getCurrencyCode();
        this.origins = origins;
        this.buyerName = buyerName;
        this.buyerAddress = buyerAddress;
        this.net = BigDecimal.ZERO;
        this.tax = BigDecimal.ZERO;
        this.gross = BigDecimal.ZERO;
        this.paid = BigDecimal.ZERO;
        this.credited = BigDecimal.ZERO;
        this.language = "fr";
        this.createdAt = now;
    }

    static Invoice draft(
            CustomerId customer,
            Currency currency,
            @Nullable String buyerName,
            @Nullable String buyerAddress,
            String origin,
            Instant now) {
        return new Invoice(InvoiceKind.INVOICE, customer, currency, buyerName, buyerAddress, origin.strip(), now);
    }

    /** A credit note against this issued invoice, with the invoice's buyer and dates, not yet issued. */
    Invoice creditNote(Instant now) {
        Invoice note = new Invoice(
                InvoiceKind.CREDIT_NOTE, customer(), currency(), buyerName, buyerAddress, "invoice:" + number, now);
        note.creditedInvoiceId = id;
        note.deliveryDate = deliveryDate;
        note.language = language;
        return note;
    }

    public UUID id() {
        return id;
    }

    public InvoiceKind kind() {
        return kind;
    }

    /** {@code FAC-2026-000123}, once issued. */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    public InvoiceStatus status() {
        return status;
    }

    public boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    public CustomerId customer() {
        return new CustomerId(customerId);
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    /** Where it came from, one origin each ({@code quote:DEV-2026-0001 r2}); a merged draft's are kept. */
    public List<String> origins() {
        return Arrays.stream(origins.split("\n")).filter(o -> !o.isBlank()).toList();
    }

    public Optional<UUID> mergedInto() {
        return Optional.ofNullable(mergedIntoId);
    }

    /** The invoice a credit note corrects. */
    public Optional<UUID> creditedInvoice() {
        return Optional.ofNullable(creditedInvoiceId);
    }

    public @Nullable String buyerName() {
        return buyerName;
    }

    public @Nullable String buyerAddress() {
        return buyerAddress;
    }

    public @Nullable LocalDate deliveryDate() {
        return deliveryDate;
    }

    public @Nullable LocalDate issueDate() {
        return issueDate;
    }

    public @Nullable String sellerLegalName() {
        return sellerLegalName;
    }

    public @Nullable String sellerAddress() {
        return sellerAddress;
    }

    public @Nullable String sellerTaxIds() {
        return sellerTaxIds;
    }

    public @Nullable String paymentTerms() {
        return paymentTerms;
    }

    /** The language its PDF is written in: {@code fr}, {@code en} or {@code ar}. */
    public String language() {
        return language;
    }

    public Optional<String> pdfKey() {
        return Optional.ofNullable(pdfKey);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    public List<InvoiceLine> lines() {
        return List.copyOf(lines);
    }

    /** The lines as pricing reads them. */
    public List<Line> pricedLines() {
        return lines.stream().map(l -> l.line(currency())).toList();
    }

    /** Its totals: a draft's as its lines make them now, an issued document's as they were frozen. */
    public Totals totals() {
        if (!status.issued()) {
            return Totals.of(currency(), pricedLines());
        }
        List<TaxLine> byRate = taxTotals.stream()
                .map(t -> new TaxLine(t.taxRatePercent().stripTrailingZeros(), money(t.base()), money(t.tax())))
                .toList();
        return new Totals(currency(), byRate, money(net), money(tax), money(gross));
    }

    /** The total including tax: a draft's as its lines make it now (kept on the row, for lists), an issued one's. */
    public Money gross() {
        return money(gross);
    }

    public Money paid() {
        return money(paid);
    }

    public Money credited() {
        return money(credited);
    }

    /** What is left to pay: the gross less what was paid and what credit notes cancelled; zero for a draft. */
    public Money outstanding() {
        if (!status.issued() || kind == InvoiceKind.CREDIT_NOTE) {
            return Money.zero(currency());
        }
        return money(gross).minus(paid()).minus(credited());
    }

    void replaceLines(List<Line> newLines) {
        requireDraft();
        lines.clear();
        int position = 1;
        for (Line line : newLines) {
            if (!line.currency().equals(currency())) {
                throw new Money.CurrencyMismatch(line.unitPrice(), Money.zero(currency()));
            }
            lines.add(new InvoiceLine(position++, line));
        }
        Totals totals = Totals.of(currency(), newLines);
        this.net = totals.net().amount();
        this.tax = totals.tax().amount();
        this.gross = totals.gross().amount();
    }

    void describe(
            @Nullable String newBuyerName,
            @Nullable String newBuyerAddress,
            @Nullable LocalDate newDeliveryDate,
            String newLanguage) {
        requireDraft();
        this.buyerName = blankToNull(newBuyerName);
        this.buyerAddress = blankToNull(newBuyerAddress);
        this.deliveryDate = newDeliveryDate;
        this.language = newLanguage;
    }

    /** Takes the other draft's lines after its own, and its origins. */
    void absorb(Invoice other) {
        requireDraft();
        other.requireDraft();
        List<Line> all = new ArrayList<>(pricedLines());
        all.addAll(other.pricedLines());
        replaceLines(all);
        this.origins = String.join("\n", concat(origins(), other.origins()));
        other.status = InvoiceStatus.MERGED;
        other.mergedIntoId = id;
    }

    void issue(String newNumber, LocalDate date, Seller seller, Instant now) {
        requireDraft();
        Totals totals = totals();
        this.number = newNumber;
        this.issueDate = date;
        this.sellerLegalName = seller.legalName();
        this.sellerAddress = seller.address();
        this.sellerTaxIds = seller.taxIds();
        this.paymentTerms = seller.paymentTerms();
        this.net = totals.net().amount();
        this.tax = totals.tax().amount();
        this.gross = totals.gross().amount();
        this.taxTotals.clear();
        for (TaxLine rate : totals.byRate()) {
            taxTotals.add(new TaxTotal(
                    rate.ratePercent(), rate.base().amount(), rate.tax().amount()));
        }
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = now;
    }

    void archived(String key) {
        this.pdfKey = key;
    }

    void paid(Money amount) {
        this.paid = paid().plus(amount).amount();
        settle();
    }

    void credited(Money amount) {
        this.credited = credited().plus(amount).amount();
        settle();
    }

    InvoiceLine line(int position) {
        return lines.stream()
                .filter(l -> l.position() == position)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No line " + position));
    }

    private void settle() {
        Money grossAmount = money(gross);
        if (credited().compareTo(grossAmount) >= 0) {
            status = InvoiceStatus.CREDITED;
        } else if (paid().plus(credited()).compareTo(grossAmount) >= 0) {
            status = InvoiceStatus.PAID;
        } else if (paid().plus(credited()).isPositive()) {
            status = InvoiceStatus.PARTIALLY_PAID;
        } else {
            status = InvoiceStatus.ISSUED;
        }
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new InvoiceFrozen(this);
        }
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount.setScale(Money.decimalsOf(currency()), java.math.RoundingMode.UNNECESSARY), currency());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> concat(List<String> one, List<String> other) {
        List<String> all = new ArrayList<>(one);
        other.stream().filter(o -> !all.contains(o)).forEach(all::add);
        return all;
    }
}
