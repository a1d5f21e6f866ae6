package guichet.benchmarks;

import guichet.BenchmarkApplication;
import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.realms.KeycloakAdmin;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Provisions 200 tenants one after the other (schema and migrations, catalogue entry, Keycloak realm), each one JMH
 * iteration of a single shot, on a database of its own recreated for the run. JMH reports each iteration; the tear-down
 * prints the 1st, 100th and 200th, the curve the goal is about (each ≤ 3 s, the 200th ≤ twice the 1st). The realms it
 * made are removed at the end.
 *
 * <p>{@code ./mvnw -Pbenchmark -pl benchmarks -am -DskipTests verify -Djmh.args="ProvisioningBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = ProvisioningBenchmark.TENANTS, batchSize = 1)
@Fork(1)
public class ProvisioningBenchmark {

    static final int TENANTS = 200;
    private static final String DATABASE = "guichet_bench_provisioning";
    private static final Logger log = LoggerFactory.getLogger(ProvisioningBenchmark.class);

    private ConfigurableApplicationContext context;
    private TenantProvisioning provisioning;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final List<String> slugs = new ArrayList<>();
    private final List<Long> millis = new ArrayList<>();
    private long iterationStart;
    private int next;

    @Setup(Level.Trial)
    public void boot() {
        recreateDatabase();
        context = new SpringApplicationBuilder(BenchmarkApplication.class).run("--guichet.bench.database=" + DATABASE);
        provisioning = context.getBean(TenantProvisioning.class);
    }

    @Setup(Level.Iteration)
    public void startClock() {
        iterationStart = System.nanoTime();
    }

    @Benchmark
    public String provisionOneTenant() {
        String slug = "p" + run + "-" + (++next);
        provisioning.create(new NewTenant(
                new TenantId(slug),
                "Provisioning " + next,
                Locale.FRENCH,
                ZoneId.of("Africa/Tunis"),
                Currency.getInstance("TND"),
                "base",
                List.of("claims", "customers"),
                Map.of()));
        slugs.add(slug);
        return slug;
    }

    @TearDown(Level.Iteration)
    public void stopClock() {
        millis.add((System.nanoTime() - iterationStart) / 1_000_000);
    }

    @TearDown(Level.Trial)
    public void report() {
        if (millis.size() >= TENANTS) {
            log.info(
                    "Provisioning: 1st {} ms, 100th {} ms, 200th {} ms (200th / 1st = {})",
                    millis.getFirst(),
                    millis.get(99),
                    millis.get(TENANTS - 1),
                    String.format(Locale.ROOT, "%.2f", millis.get(TENANTS - 1) / (double) millis.getFirst()));
        }
        KeycloakAdmin keycloak = context.getBean(KeycloakAdmin.class);
        for (String slug : slugs) {
            try {
                keycloak.realm(slug).remove();
            } catch (RuntimeException e) {
                log.warn("Realm {} not removed: {}", slug, e.getMessage());
            }
        }
        context.close();
    }

    private static void recreateDatabase() {
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("The benchmarks need PostgreSQL on 127.0.0.1:5432 (user postgres)", e);
        }
    }
}
