package guichet.benchmarks;

import guichet.benchmarks.load.LoadAccounts;
import guichet.benchmarks.load.LoadSettings;
import guichet.platform.realms.RealmUsers;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the benchmark tenant one Guichet can serve and the working day's simulation can sign in to: the claims module
 * granted, its realm brought in line, and the load accounts opened in it ({@link LoadAccounts}: 40 agents, 400 portal
 * customers). Each load customer's record is tied beforehand to one of the generated customers who have tickets, so
 * that his portal list is a real one; Guichet links the account to that record at his first sign-in, by e-mail.
 * Idempotent, and cheap once done: the last agent and customer found in the realm and the database mean nothing to do.
 */
final class BenchAccounts {

    /** The working day's numbers, whatever the JVM was given; only the password may be another. */
    static final LoadSettings LOAD = new LoadSettings(
            BenchTenant.ID.slug(), 40, 400, LoadSettings.fromSystem().password());

    private static final Logger log = LoggerFactory.getLogger(BenchAccounts.class);

    private final TenantCatalog catalog;
    private final TenantRealms realms;
    private final RealmUsers realmUsers;
    private final DataSource dataSource;

    BenchAccounts(TenantCatalog catalog, TenantRealms realms, RealmUsers realmUsers, DataSource dataSource) {
        this.catalog = catalog;
        this.realms = realms;
        this.realmUsers = realmUsers;
        this.dataSource = dataSource;
    }

    void ensure() {
        TenantId id = BenchTenant.ID;
        TenantProfile tenant = catalog.find(id).orElseThrow();
        if (!tenant.hasModule("claims")) {
            tenant = catalog.grantModule(id, "claims", ModuleOrigin.MANUAL);
        }
        if (linkedCustomers() >= LOAD.customers()
                && realmUsers
                        .findByEmail(id.slug(), LoadSettings.agent(LOAD.agents()))
                        .isPresent()
                && realmUsers
                        .findByEmail(id.slug(), LoadSettings.customer(LOAD.customers()))
                        .isPresent()) {
            return;
        }
        realms.ensure(tenant);
        linkCustomers();
        LoadAccounts.Outcome outcome = LoadAccounts.open(realmUsers, LOAD);
        log.info("Load accounts of {}: {} opened, {} already there", id, outcome.opened(), outcome.kept());
    }

    private boolean opened(TenantId id) {
        try {
            return realmUsers
                            .findByEmail(id.slug(), LoadSettings.agent(LOAD.agents()))
                            .isPresent()
                    && realmUsers
                            .findByEmail(id.slug(), LoadSettings.customer(LOAD.customers()))
                            .isPresent();
        } catch (NotFoundException noRealmYet) {
            return false;
        }
    }

    /**
     * The platform brings every realm in line in the background at start-up too; should both write at once, the second
     * attempt finds the realm as the first left it.
     */
    private void ensureRealm(TenantProfile tenant) {
        try {
            realms.ensure(tenant);
        } catch (RuntimeException concurrentChange) {
            log.info("Bringing the realm of {} in line again after: {}", tenant.slug(), concurrentChange.toString());
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw concurrentChange;
            }
            realms.ensure(tenant);
        }
    }

    private long linkedCustomers() {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("set search_path = " + BenchTenant.ID.schemaName() + ", public");
            var rows = sql.executeQuery(
                    "select count(*) from core_user where email like 'customer-%@load.test' and customer_id is not null");
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the load customers", e);
        }
    }

    /** The n-th load customer is the n-th generated customer who has tickets ({@code bench_customer}). */
    private void linkCustomers() {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("set search_path = " + BenchTenant.ID.schemaName() + ", public");
            sql.execute("""
                    insert into core_user (id, kind, email, first_name, last_name, customer_id, active, created_at,
                        updated_at, roles)
                    select gen_random_uuid(), 'CUSTOMER', 'customer-' || b.n || '@load.test', 'Client',
                        'Charge ' || b.n, b.id, true, now(), now(), 'customer'
                    from bench_customer b
                    where b.n <= %d
                        and not exists (select 1 from core_user u where lower(u.email) = 'customer-' || b.n || '@load.test')
                    """.formatted(LOAD.customers()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tie the load customers to the generated ones", e);
        }
    }
}
