package guichet.platform.money;

import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts of the current tenant: in its currency, rounded by its rule, read and shown in the page's language (a tenant
 * must be bound). Templates call it as {@code ${@prices.format(product.unitPrice())}}.
 */
@Component("prices")
public class Prices {

    private final CurrentTenant tenant;

    Prices(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    /** The current tenant's currency and rounding rule. */
    public MoneyRule rule() {
        TenantProfile profile = tenant.profile();
        return new MoneyRule(profile.currency(), profile.rounding());
    }

    /** This amount in the tenant's currency, rounded by its rule. */
    public Money of(BigDecimal amount) {
        return rule().of(amount);
    }

    /** The amount with its currency in the page's language ({@code 1 234,50 €}); empty for none. */
    public String format(@Nullable Money amount) {
        return amount == null ? "" : MoneyFormat.format(amount, locale());
    }

    /** The amount as a form field shows it to be changed ({@code 1234,50}); empty for none. */
    public String plain(@Nullable Money amount) {
        return amount == null ? "" : MoneyFormat.plain(amount, locale());
    }

    /** The tenant's currency symbol in the page's language, for a field's label ({@code €}, {@code DT}). */
    public String symbol() {
        return rule().currency().getSymbol(locale());
    }

    /**
     * What was typed in the page's language, as an amount of the tenant's currency.
     *
     * @throws AmountRejected if it is no number or has more decimals than the currency (the message says which)
     */
    public Money parse(String typed) {
        return MoneyFormat.parse(typed, rule().currency(), locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
