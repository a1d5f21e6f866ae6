package guichet.quotes.invoice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The seller's mentions a tenant's invoices carry: its legal name, address, tax identifiers and payment terms. */
@Entity
@Table(name = "inv_seller")
public class Seller {

    @Id
    private short id;

    private @Nullable String legalName;
    private @Nullable String address;
    private @Nullable String taxIds;
    private @Nullable String paymentTerms;
    private Instant updatedAt;

    @Version
    private int version;

    protected Seller() {}

    Seller(Instant now) {
        this.id = 1;
        this.updatedAt = now;
    }

    /** None set yet: every mention missing. */
    static Seller unset() {
        return new Seller(Instant.EPOCH);
    }

    public @Nullable String legalName() {
        return legalName;
    }

    public @Nullable String address() {
        return address;
    }

    /** Its tax identifiers as the invoice prints them (VAT number, matricule fiscal, IFU...). */
    public @Nullable String taxIds() {
        return taxIds;
    }

    public @Nullable String paymentTerms() {
        return paymentTerms;
    }

    public int version() {
        return version;
    }

    void change(
            @Nullable String newLegalName,
            @Nullable String newAddress,
            @Nullable String newTaxIds,
            @Nullable String newPaymentTerms,
            Instant now) {
        this.legalName = clean(newLegalName);
        this.address = clean(newAddress);
        this.taxIds = clean(newTaxIds);
        this.paymentTerms = clean(newPaymentTerms);
        this.updatedAt = now;
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
