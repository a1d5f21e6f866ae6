package guichet.platform.money;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/** A tenant's currency and rounding rule, kept in the catalogue and applied by {@link Prices} within that tenant. */
@GuichetTest
class TenantMoneyTest {

    @Autowired
    TenantProvisioning provisioning;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    Prices prices;

    @Autowired
    DataSource dataSource;

    @Test
    void aTenantsCurrencyAndRoundingRuleRoundTripThroughTheCatalogue() {
        TenantId id = new TenantId(TestTenants.uniqueSlug("xof"));
        provisioning.create(tenant(id, "XOF").withRounding(RoundingMode.HALF_EVEN));

        catalog.refresh();
        TenantProfile read = catalog.find(id).orElseThrow();
        assertThat(read.currency()).isEqualTo(Currency.getInstance("XOF"));
        assertThat(read.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(new JdbcTemplate(dataSource)
                        .queryForMap("select currency, rounding from platform.tenant where slug = ?", id.slug()))
                .containsEntry("currency", "XOF")
                .containsEntry("rounding", "HALF_EVEN");
    }

    @Test
    void pricesAreMadeInTheBoundTenantsCurrencyByItsRuleAndShownInThePagesLanguage() {
        TenantId banker = new TenantId(TestTenants.uniqueSlug("eur"));
        provisioning.create(tenant(banker, "EUR").withRounding(RoundingMode.HALF_EVEN));
        TenantId commercial = new TenantId(TestTenants.uniqueSlug("tnd"));
        provisioning.create(tenant(commercial, "TND"));

        BigDecimal halfACent = new BigDecimal("2.345");
        assertThat(TenantContext.call(banker, () -> prices.of(halfACent))).isEqualTo(Money.of("2.34", "EUR"));
        assertThat(TenantContext.call(commercial, () -> prices.of(halfACent))).isEqualTo(Money.of("2.345", "TND"));
        assertThat(TenantContext.call(commercial, () -> prices.rule()))
                .isEqualTo(new MoneyRule(Currency.getInstance("TND"), RoundingMode.HALF_UP));

        Locale before = LocaleContextHolder.getLocale();
        try {
            LocaleContextHolder.setLocale(Locale.FRENCH);
            assertThat(TenantContext.call(banker, () -> prices.format(prices.parse("1 234,5"))))
                    .isEqualTo("1\u202f234,50\u00a0€");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(TenantContext.call(banker, () -> prices.plain(prices.parse("1,234.5"))))
                    .isEqualTo("1234.50");
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private static NewTenant tenant(TenantId id, String currency) {
        return new NewTenant(
                id,
                "Organisation " + id.slug(),
                Locale.FRENCH,
                ZoneId.of("Africa/Porto-Novo"),
                Currency.getInstance(currency),
                "base",
                List.of(),
                Map.of());
    }
}
