package guichet.platform.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** A module's monthly price, and the Stripe product and price that publish it ({@code platform.module_price}). */
@Entity
@Table(schema = "platform", name = "module_price")
public class ModulePrice {

    @Id
    private String moduleId;

    private BigDecimal monthlyAmount;
    private String currency;
    private @Nullable String stripeProductId;
    private @Nullable String stripePriceId;
    private Instant updatedAt;

    @Version
    private int version;

    protected ModulePrice() {}

    ModulePrice(String moduleId, BigDecimal monthlyAmount, Currency currency, Instant now) {
        this.moduleId = moduleId;
        this.monthlyAmount = monthlyAmount;
        this.currency = currency.getCurrencyCode();
        this.updatedAt = now;
    }

    public String moduleId() {
        return moduleId;
    }

    /** The amount at the currency's minor unit (EUR 2 decimals, TND 3, XOF 0). */
    public BigDecimal monthlyAmount() {
        return monthlyAmount.setScale(currency().getDefaultFractionDigits());
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    /** The amount in the currency's smallest unit, as Stripe counts it (cents). */
    public long minorUnits() {
        return monthlyAmount
                .movePointRight(currency().getDefaultFractionDigits())
                .longValueExact();
    }

    public @Nullable String stripeProductId() {
        return stripeProductId;
    }

    public @Nullable String stripePriceId() {
        return stripePriceId;
    }

    void change(BigDecimal amount, Currency newCurrency, Instant now) {
        this.monthlyAmount = amount;
        this.currency = newCurrency.getCurrencyCode();
        this.updatedAt = now;
    }

    void published(StripeCatalog.Published stripe) {
        this.stripeProductId = stripe.productId();
        this.stripePriceId = stripe.priceId();
    }
}
