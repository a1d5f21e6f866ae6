package guichet.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.platform.customers.Customers;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.support.TransactionTemplate;

/** The tenant follows work onto other threads, into event listeners and through scheduled jobs, explicitly. */
@GuichetTest
class TenantPropagationTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    Recorder recorder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TenantJobs jobs;

    @Autowired
    Customers customers;

    @Test
    void anAsyncMethodRunsInItsCallersTenant() throws Exception {
        TenantProfile tenant = tenants.create("async");
        CompletableFuture<Optional<TenantId>> seen = TenantContext.call(tenant.id(), recorder::tenantSeenAsync);
        assertThat(seen.get()).contains(tenant.id());
    }

    @Test
    void aListenerRunsInTheEventsTenantWhateverThePublishersScope() {
        TenantProfile tenant = tenants.create("event");
        events.publishEvent(new SomethingHappened(tenant.id(), "plain"));
        assertThat(recorder.seen("plain")).isEqualTo(tenant.id());
    }

    @Test
    void anAsyncModuleListenerReadsTheEventsTenantDataAfterCommit() {
        TenantProfile tenant = tenants.create("after");
        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(
                        status -> events.publishEvent(new SomethingHappened(tenant.id(), "after-commit"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.seen("after-commit") != null);
        assertThat(recorder.seen("after-commit")).isEqualTo(tenant.id());
        assertThat(recorder.customersCounted("after-commit")).isZero();
    }

    @Test
    void aScheduledJobRunsOncePerActiveTenantWithThatTenantBound() {
        TenantProfile first = tenants.create("job");
        TenantProfile second = tenants.create("job");
        Map<TenantId, Long> counted = new ConcurrentHashMap<>();
        jobs.forEachActiveTenant("count-customers", tenant -> counted.put(TenantContext.require(), customers.count()));
        assertThat(counted).containsEntry(first.id(), 0L).containsEntry(second.id(), 0L);
        assertThat(TenantContext.scope()).isNull();
    }

    record SomethingHappened(TenantId tenant, String label) implements TenantEvent {}

    static class Recorder {
        final Map<String, TenantId> seen = new ConcurrentHashMap<>();
        final Map<String, Long> customerCounts = new ConcurrentHashMap<>();
        private final Customers customers;

        Recorder(Customers customers) {
            this.customers = customers;
        }

        // Read through methods: the bean is a proxy, whose own fields stay empty.
        public TenantId seen(String label) {
            return seen.get(label);
        }

        public Long customersCounted(String label) {
            return customerCounts.get(label);
        }

        @Async
        public CompletableFuture<Optional<TenantId>> tenantSeenAsync() {
            return CompletableFuture.completedFuture(TenantContext.current());
        }

        @EventListener
        public void on(SomethingHappened event) {
            if (event.label().equals("plain")) {
                seen.put(event.label(), TenantContext.require());
            }
        }

        @ApplicationModuleListener
        public void afterCommit(SomethingHappened event) {
            if (event.label().equals("after-commit")) {
                customerCounts.put(event.label(), customers.count());
                seen.put(event.label(), TenantContext.require());
            }
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        Recorder recorder(Customers customers) {
            return new Recorder(customers);
        }
    }
}
