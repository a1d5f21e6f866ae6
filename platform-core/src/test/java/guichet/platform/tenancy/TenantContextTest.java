package guichet.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    private final TenantId atlas = new TenantId("atlas");
    private final TenantId medina = new TenantId("medina");

    @Test
    void nothingIsBoundOutsideAScope() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require)
                .isInstanceOf(NoTenantException.class)
                .hasMessageContaining("No tenant is bound");
    }

    @Test
    void scopesNestAndRestoreTheOuterOne() {
        TenantContext.run(atlas, () -> {
            assertThat(TenantContext.require()).isEqualTo(atlas);
            TenantContext.run(medina, () -> assertThat(TenantContext.require()).isEqualTo(medina));
            assertThat(TenantContext.require()).isEqualTo(atlas);
            TenantContext.runAsPlatform(() -> {
                assertThat(TenantContext.isPlatform()).isTrue();
                assertThat(TenantContext.current()).isEmpty();
            });
            assertThat(TenantContext.require()).isEqualTo(atlas);
        });
        assertThat(TenantContext.scope()).isNull();
    }

    @Test
    void aFailureStillRestoresTheScope() {
        assertThatThrownBy(() -> TenantContext.run(atlas, () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(TenantContext.scope()).isNull();
    }

    @Test
    void aWrappedTaskRunsInItsSubmittersScopeOnAnotherThread() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<TenantId> seen =
                    TenantContext.call(atlas, () -> pool.submit(TenantContext.wrap(TenantContext::require)));
            assertThat(seen.get()).isEqualTo(atlas);
            Future<Boolean> leaked = pool.submit(() -> TenantContext.current().isPresent());
            assertThat(leaked.get())
                    .as("the pool thread keeps no tenant afterwards")
                    .isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPlainTaskOnAnotherThreadHasNoTenant() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> bound = TenantContext.call(
                    atlas, () -> pool.submit(() -> TenantContext.current().isPresent()));
            assertThat(bound.get()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }
}
