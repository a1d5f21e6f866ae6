package guichet.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import guichet.platform.identity.Role;
import guichet.platform.identity.SignedInUsers;
import guichet.platform.signals.ChangeSignals;
import guichet.platform.signals.SignalListener;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in user's record is kept in memory on each instance, and forgotten on every instance when it changes: a
 * second instance, here its own change signals, listener and memory over the same database, refuses a user the first
 * one deactivated, without waiting for any expiry.
 */
@GuichetTest
class SignedInUsersAcrossInstancesTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SignedInUsers signedIn;

    @Autowired
    ChangeSignals signals;

    @Autowired
    Users users;

    @Autowired
    DataSource dataSource;

    @Autowired
    DataSourceProperties database;

    @Autowired
    PlatformTransactionManager transactionManager;

    private ChangeSignals otherSignals;
    private SignalListener otherListener;
    private final List<String> otherHeard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startTheOtherInstance() {
        otherSignals = new ChangeSignals(dataSource);
        otherSignals.listen("probe", otherHeard::add);
        otherListener = new SignalListener(
                otherSignals, database.determineUrl(), database.determineUsername(), database.determinePassword());
        otherListener.start();
        // Listening once a signal sent now is heard.
        await().atMost(AT_ONCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            signals.announce("probe", "ready");
            return otherHeard.contains("ready");
        });
    }

    @AfterEach
    void stopTheOtherInstance() {
        otherListener.stop();
    }

    @Test
    void aUserDeactivatedOnOneInstanceIsRefusedOnTheOtherWithoutWaitingForAnExpiry() {
        TenantProfile tenant = tenants.create("twoinst");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        String subject = agent.identitySubject().orElseThrow();
        AccountStates other = new AccountStates(users, transactionManager, otherSignals);
        Instant signedInAt = Instant.now();
        assertThat(TenantContext.call(tenant.id(), () -> other.find(agent.id().value(), subject)))
                .hasValueSatisfying(state -> assertThat(state.standing().acceptsSessionStartedAt(signedInAt))
                        .isTrue());
        assertThat(TenantContext.call(
                        tenant.id(),
                        () -> signedIn.current(agent.id().value(), subject, Set.of(Role.AGENT), signedInAt, false)))
                .isPresent();

        // As any code that deactivates him does: the record written in a transaction of its own.
        TenantContext.run(
                tenant.id(),
                () -> new TransactionTemplate(transactionManager)
                        .executeWithoutResult(status ->
                                users.findById(agent.id().value()).orElseThrow().deactivate(Instant.now())));

        assertThat(TenantContext.call(
                        tenant.id(),
                        () -> signedIn.current(agent.id().value(), subject, Set.of(Role.AGENT), signedInAt, false)))
                .as("this instance forgets him as the deactivation commits")
                .isEmpty();
        await().atMost(AT_ONCE)
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(TenantContext.call(
                                tenant.id(), () -> other.find(agent.id().value(), subject)))
                        .as("the other instance reads him again once told")
                        .hasValueSatisfying(
                                state -> assertThat(state.standing().active()).isFalse()));
    }

    @Test
    void aChangeIsAnnouncedOnlyOnceItsTransactionCommits() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            signals.announce("probe", "rolled-back");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> signals.announce("probe", "committed"));

        // NOTIFY is delivered in commit order: had the rolled-back one left, it would be heard first.
        await().atMost(AT_ONCE).until(() -> otherHeard.contains("committed"));
        assertThat(otherHeard).doesNotContain("rolled-back");
    }

    @Test
    void aChangeAnnouncedInATransactionAsksNoSecondConnectionOfThePool() {
        try (HikariDataSource single = new HikariDataSource()) {
            single.setJdbcUrl(database.determineUrl());
            single.setUsername(database.determineUsername());
            single.setPassword(database.determinePassword());
            single.setMaximumPoolSize(1);
            single.setConnectionTimeout(250);
            ChangeSignals signalsOfOne = new ChangeSignals(single);

            new TransactionTemplate(new DataSourceTransactionManager(single))
                    .executeWithoutResult(status -> signalsOfOne.announce("probe", "on-one-connection"));

            // Sent on a second connection after the commit, it would wait for the one still held, give up, and the
            // other instance would never hear it.
            await().atMost(AT_ONCE).until(() -> otherHeard.contains("on-one-connection"));
        }
    }

    @Test
    void aListenerThatLostItsConnectionForgetsEverythingOnceBack() {
        int terminated = new JdbcTemplate(dataSource)
                .queryForObject(
                        "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                                + " where datname = current_database() and query = 'listen "
                                + ChangeSignals.CHANNEL + "' and pid <> pg_backend_pid()",
                        Integer.class);
        assertThat(terminated)
                .as("listening connections: this application's and the other instance's")
                .isPositive();

        await().atMost(AT_ONCE).until(() -> otherHeard.contains(ChangeSignals.EVERYTHING));
    }
}
