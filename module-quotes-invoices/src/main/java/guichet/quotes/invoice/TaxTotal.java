package guichet.quotes.invoice;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An issued document's base and tax at one rate, as it was frozen. */
@Embeddable
public class TaxTotal {

    private BigDecimal taxRatePercent;
    private BigDecimal base;
    private BigDecimal tax;

    protected TaxTotal() {}

    TaxTotal(BigDecimal taxRatePercent, BigDecimal base, BigDecimal tax) {
        this.taxRatePercent = taxRatePercent;
        this.base = base;
        this.tax = tax;
    }

    public BigDecimal taxRatePercent() {
        return taxRatePercent;
    }

    public BigDecimal base() {
        return base;
    }

    public BigDecimal tax() {
        return tax;
    }
}
