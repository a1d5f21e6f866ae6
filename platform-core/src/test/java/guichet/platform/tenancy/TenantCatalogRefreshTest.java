package guichet.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import guichet.platform.signals.ChangeSignals;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reloads of the catalogue overlap (a write's, a change signal's, the schedule's): the one that read before a new tenant
 * was committed must not, by ending last, hide that tenant until the next reload (the « unknown address » a test met
 * right after creating its tenant).
 */
class TenantCatalogRefreshTest {

    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");

    @Test
    void aReloadThatReadBeforeANewTenantNeverReplacesOneThatReadAfter() throws Exception {
        Tenant created = new Tenant(
                new TenantId("neuf"),
                "Neuf",
                Locale.FRENCH,
                ZoneId.of("Africa/Tunis"),
                Currency.getInstance("TND"),
                RoundingMode.HALF_UP,
                "base",
                NOW);
        CountDownLatch staleReadStarted = new CountDownLatch(1);
        CountDownLatch freshReadDone = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Tenants tenants = mock(Tenants.class);
        when(tenants.findAll()).thenAnswer(invocation -> {
            if (calls.incrementAndGet() == 1) {
                staleReadStarted.countDown();
                assertThat(freshReadDone.await(10, TimeUnit.SECONDS)).isTrue();
                return List.of();
            }
            return List.of(created);
        });
        TenantCatalog catalog = new TenantCatalog(
                tenants,
                new TransactionTemplate(mock(PlatformTransactionManager.class)),
                Clock.fixed(NOW, ZoneOffset.UTC),
                mock(ChangeSignals.class));

        CompletableFuture<Void> stale = CompletableFuture.runAsync(catalog::refresh);
        assertThat(staleReadStarted.await(10, TimeUnit.SECONDS)).isTrue();
        catalog.refresh();
        freshReadDone.countDown();
        stale.get(10, TimeUnit.SECONDS);

        assertThat(catalog.findBySubdomain("neuf")).isPresent();
    }
}
