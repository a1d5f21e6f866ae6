package guichet.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import guichet.platform.signals.ChangeSignals;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.users.User;
import guichet.platform.users.UserChanges;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A user is deactivated while his own request is reading his record: the record read before the change is that
 * request's answer, but it must not be kept, or he would stay signed in until the cache's safety net expires.
 */
class AccountStatesRaceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
    private static final TenantId TENANT = new TenantId("course");

    @Test
    void aRecordReadBeforeADeactivationIsNotKeptAfterItsAnnouncement() throws Exception {
        User before = User.staff("agent@course.test", "Ali", "Ben Salah", NOW);
        User after = User.staff("agent@course.test", "Ali", "Ben Salah", NOW);
        after.deactivate(NOW);
        CountDownLatch staleReadStarted = new CountDownLatch(1);
        CountDownLatch announced = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        Users users = mock(Users.class);
        when(users.findById(before.id().value())).thenAnswer(invocation -> {
            if (reads.incrementAndGet() == 1) {
                staleReadStarted.countDown();
                assertThat(announced.await(10, TimeUnit.SECONDS)).isTrue();
                return Optional.of(before);
            }
            return Optional.of(after);
        });
        ChangeSignals signals = mock(ChangeSignals.class);
        AccountStates states = new AccountStates(users, mock(PlatformTransactionManager.class), signals);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Consumer<String>> listener = ArgumentCaptor.forClass(Consumer.class);
        verify(signals).listen(eq(UserChanges.TOPIC), listener.capture());

        CompletableFuture<Optional<AccountStates.AccountState>> stale =
                CompletableFuture.supplyAsync(() -> find(states, before));
        assertThat(staleReadStarted.await(10, TimeUnit.SECONDS)).isTrue();
        listener.getValue().accept(TENANT.slug() + "/" + before.id().value());
        announced.countDown();

        assertThat(stale.get(10, TimeUnit.SECONDS))
                .hasValueSatisfying(
                        state -> assertThat(state.standing().active()).isTrue());
        assertThat(find(states, before))
                .hasValueSatisfying(
                        state -> assertThat(state.standing().active()).isFalse());
    }

    private static Optional<AccountStates.AccountState> find(AccountStates states, User user) {
        try (TenantContext.Binding scope = TenantContext.open(new TenantContext.TenantScope(TENANT))) {
            return states.find(user.id().value(), "subject-1");
        }
    }
}
