package guichet.benchmarks;

import guichet.platform.persistence.TenantMigrations;
import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.sites.Position;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.shops.locator.StoreLocator;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store locator over 10,000 sites spread across Tunisia (issue 16: p99 ≤ 20 ms): the nearest five from a random
 * position, with their schedules and services, as the locator page and {@code /api/shops/nearest} ask for them; and
 * the nearest five open now, which skips the closed ones a batch at a time. Tenant {@code benchsites} on the
 * benchmarks' database, its sites generated once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 15)
@Fork(1)
public class NearestSiteBenchmark {

    static final TenantId ID = new TenantId("benchsites");
    static final int SITES = 10_000;
    private static final ZoneId TUNIS = ZoneId.of("Africa/Tunis");

    private ConfigurableApplicationContext context;
    private StoreLocator locator;
    private final SplittableRandom random = new SplittableRandom(11);

    @Setup
    public void start() {
        context = BenchTenant.boot();
        TenantCatalog catalog = context.getBean(TenantCatalog.class);
        if (!catalog.exists(ID)) {
            context.getBean(TenantProvisioning.class)
                    .create(new NewTenant(
                            ID,
                            "Benchmark sites",
                            Locale.FRENCH,
                            TUNIS,
                            Currency.getInstance("TND"),
                            "base",
                            List.of("shops"),
                            Map.of()));
        }
        BenchTenant.awaitMigrations(context.getBean(TenantMigrations.class), ID);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        fill(jdbc);
        closeOneInTenToday(jdbc);
        locator = context.getBean(StoreLocator.class);
    }

    @TearDown
    public void stop() {
        context.close();
    }

    /** The five nearest sites, open or not. */
    @Benchmark
    public List<StoreLocator.Found> nearestFive() {
        Position from = somewhereInTunisia();
        return TenantContext.call(ID, () -> locator.nearest(from, 5, false, null, TUNIS));
    }

    /** The five nearest sites open now: a tenth of the sites are closed today, and Sundays all but a few. */
    @Benchmark
    public List<StoreLocator.Found> nearestFiveOpenNow() {
        Position from = somewhereInTunisia();
        return TenantContext.call(ID, () -> locator.nearest(from, 5, true, null, TUNIS));
    }

    private Position somewhereInTunisia() {
        return new Position(30.5 + random.nextDouble(6.8), 8.0 + random.nextDouble(3.2));
    }

    /** One site in ten closed today (in Tunis) for an inventory, whatever day the benchmark runs. */
    private static void closeOneInTenToday(JdbcTemplate jdbc) {
        String schema = ID.schemaName();
        jdbc.update("delete from " + schema + ".shp_special_day");
        jdbc.update(
                "insert into " + schema + ".shp_special_day (id, site_id, day, reason) select gen_random_uuid(), id, ?,"
                        + " 'Inventaire' from " + schema + ".core_site where code like 'B%'"
                        + " and substr(code, 2)::int % 10 = 3",
                Date.valueOf(LocalDate.now(TUNIS)));
    }

    /**
     * 10,000 shops, each open Monday to Saturday 09:00-19:00 (one in five also on Sunday morning), and half offering
     * one of two services.
     */
    private static void fill(JdbcTemplate jdbc) {
        String schema = ID.schemaName();
        Integer present = jdbc.queryForObject("select count(*) from " + schema + ".core_site", Integer.class);
        if (present != null && present >= SITES) {
            return;
        }
        LoggerFactory.getLogger(NearestSiteBenchmark.class).info("Generating {} sites in tenant {}", SITES, ID);
        SplittableRandom random = new SplittableRandom(5);
        Timestamp now = Timestamp.from(Instant.now());
        List<UUID> services = List.of(UUID.randomUUID(), UUID.randomUUID());
        jdbc.update(
                "insert into " + schema
                        + ".shp_service (id, code, name, active, created_at) values (?, 'VENTE', 'Vente',"
                        + " true, ?), (?, 'SAV', 'Service après-vente', true, ?)",
                services.get(0),
                now,
                services.get(1),
                now);
        List<Object[]> sites = new ArrayList<>();
        List<Object[]> openings = new ArrayList<>();
        List<Object[]> offers = new ArrayList<>();
        for (int i = present == null ? 0 : present; i < SITES; i++) {
            UUID id = UUID.randomUUID();
            sites.add(new Object[] {
                id,
                "B" + i,
                "Boutique " + i,
                "Ville " + (i % 300),
                30.5 + random.nextDouble(6.8),
                8.0 + random.nextDouble(3.2),
                now
            });
            for (int day = 1; day <= (i % 5 == 0 ? 7 : 6); day++) {
                boolean sunday = day == 7;
                openings.add(new Object[] {
                    UUID.randomUUID(),
                    id,
                    day,
                    Time.valueOf(LocalTime.of(sunday ? 10 : 9, 0)),
                    Time.valueOf(LocalTime.of(sunday ? 13 : 19, 0))
                });
            }
            if (i % 2 == 0) {
                offers.add(new Object[] {services.get(i % 4 == 0 ? 0 : 1), id});
            }
        }
        jdbc.batchUpdate(
                "insert into " + schema + ".core_site (id, code, name, kind, city, latitude, longitude, active,"
                        + " created_at) values (?, ?, ?, 'SHOP', ?, round(?::numeric, 6), round(?::numeric, 6), true, ?)",
                sites);
        jdbc.batchUpdate(
                "insert into " + schema + ".shp_opening (id, site_id, weekday, opens, closes) values (?, ?, ?, ?, ?)",
                openings);
        jdbc.batchUpdate("insert into " + schema + ".shp_site_service (service_id, site_id) values (?, ?)", offers);
        jdbc.execute("analyze " + schema + ".core_site");
        jdbc.execute("analyze " + schema + ".shp_opening");
    }
}
