package guichet.platform.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.ModuleState;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.tenancy.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The entitlements a subscription gives, whatever the tenant had before. */
class StripeSnapshotTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final Duration GRACE = Duration.ofDays(14);
    static final StripeSnapshot.Period PERIOD =
            new StripeSnapshot.Period(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    void aPaidSubscriptionMakesItsModulesStripesAndLeavesManualGrantsAlone() {
        TenantProfile tenant = tenant(
                Entitlement.active("claims", ModuleOrigin.MANUAL, Instant.EPOCH),
                Entitlement.active("stats", ModuleOrigin.MANUAL, Instant.EPOCH));

        Map<String, Entitlement> changes = snapshot("active", "stats").changesFor(tenant, null, GRACE, NOW);

        assertThat(changes).containsOnlyKeys("stats");
        assertThat(changes.get("stats").origin()).isEqualTo(ModuleOrigin.STRIPE);
        assertThat(changes.get("stats").state()).isEqualTo(ModuleState.ACTIVE);
        assertThat(changes.get("stats").periodEnd()).isEqualTo(PERIOD.end());
    }

    @Test
    void aMissingPaymentKeepsTheModulesUntilTheGraceEndsThenMakesThemReadOnly() {
        TenantProfile tenant = tenant(paid("shops"));
        StripeSnapshot pastDue = snapshot("past_due", "shops");

        assertThat(pastDue.changesFor(tenant, NOW.minus(GRACE).plusSeconds(1), GRACE, NOW))
                .isEmpty();
        Map<String, Entitlement> late = pastDue.changesFor(tenant, NOW.minus(GRACE), GRACE, NOW);

        assertThat(late.get("shops").state()).isEqualTo(ModuleState.READ_ONLY);
        assertThat(late.get("shops").stateSince()).isEqualTo(NOW);
    }

    @Test
    void aModuleThatLeftTheSubscriptionOrAnEndedSubscriptionIsCancelled() {
        TenantProfile tenant = tenant(paid("shops"), paid("offers"));

        assertThat(snapshot("active", "shops").changesFor(tenant, null, GRACE, NOW))
                .containsOnlyKeys("offers")
                .extractingByKey("offers")
                .extracting(Entitlement::state)
                .isEqualTo(ModuleState.CANCELLED);
        assertThat(snapshot("canceled", "shops", "offers")
                        .changesFor(tenant, null, GRACE, NOW)
                        .values())
                .extracting(Entitlement::state)
                .containsOnly(ModuleState.CANCELLED)
                .hasSize(2);
    }

    @Test
    void theSameSubscriptionReadTwiceChangesNothingTheSecondTime() {
        TenantProfile tenant = tenant(paid("shops"));

        assertThat(snapshot("active", "shops").changesFor(tenant, null, GRACE, NOW.plusSeconds(60)))
                .isEmpty();
    }

    private static Entitlement paid(String module) {
        return new Entitlement(module, ModuleOrigin.STRIPE, ModuleState.ACTIVE, PERIOD.start(), PERIOD.end(), NOW);
    }

    private static StripeSnapshot snapshot(String status, String... modules) {
        Map<String, StripeSnapshot.Period> periods =
                List.of(modules).stream().collect(Collectors.toMap(Function.identity(), module -> PERIOD));
        return new StripeSnapshot("sub_1", status, periods, 2500L * modules.length, "EUR");
    }

    private static TenantProfile tenant(Entitlement... entitlements) {
        return new TenantProfile(
                new TenantId("atlas"),
                "Atlas",
                TenantStatus.ACTIVE,
                Set.of(),
                Locale.FRENCH,
                ZoneId.of("Africa/Tunis"),
                Currency.getInstance("TND"),
                TenantProfile.DEFAULT_ROUNDING,
                "base",
                List.of(entitlements).stream().collect(Collectors.toMap(Entitlement::moduleId, Function.identity())),
                Map.of(),
                null,
                IdentitySettings.DEFAULT);
    }
}
