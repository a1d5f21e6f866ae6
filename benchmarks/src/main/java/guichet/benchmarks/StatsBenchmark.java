package guichet.benchmarks;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.UserId;
import guichet.platform.persistence.TenantMigrations;
import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.stats.dashboard.Dashboard;
import guichet.stats.dashboard.Figure;
import guichet.stats.dashboard.Period;
import guichet.stats.dashboard.Range;
import guichet.stats.decisions.DecisionSupport;
import guichet.stats.decisions.Decisions;
import guichet.stats.rollup.Rollups;
import guichet.stats.summary.Figures;
import guichet.stats.summary.StatsSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics pages' reads on a tenant with a million customers and ten million ticket events ({@link StatsData}):
 * each call is what a page asks of the statistics module, in the tenant's context: the dashboard's charts over the
 * last 30 days by week (the default), over a year by month, a sales representative's, one figure by customer (the
 * heaviest dimension), the headline counts and the lag, and decision support. Sample-time mode: JMH reports p50/p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 15)
@Fork(1)
public class StatsBenchmark {

    static final TenantId ID = new TenantId("statsbench");

    private ConfigurableApplicationContext context;
    private Dashboard dashboard;
    private DecisionSupport decisions;
    private Figures figures;
    private Rollups rollups;
    private LocalDate today;
    private CustomerAccess salesRep;

    @Setup
    public void start() {
        context = BenchTenant.boot();
        TenantCatalog catalog = context.getBean(TenantCatalog.class);
        ZoneId zone = ZoneId.of("Africa/Tunis");
        if (!catalog.exists(ID)) {
            context.getBean(TenantProvisioning.class)
                    .create(new NewTenant(
                            ID,
                            "Statistiques",
                            Locale.FRENCH,
                            zone,
                            Currency.getInstance("TND"),
                            "base",
                            List.of("customers", "claims", "stats"),
                            Map.of()));
        }
        BenchTenant.awaitMigrations(context.getBean(TenantMigrations.class), ID);
        today = LocalDate.now(zone);
        new StatsData(context.getBean(DataSource.class), ID, today).ensure();
        dashboard = context.getBean(Dashboard.class);
        decisions = context.getBean(DecisionSupport.class);
        figures = context.getBean(Figures.class);
        rollups = context.getBean(Rollups.class);
        UUID rep = new JdbcTemplate(context.getBean(DataSource.class))
                .queryForObject(
                        "select id from " + ID.schemaName() + ".core_user where email = 'rep1@statsbench.test'",
                        UUID.class);
        salesRep = new CustomerAccess.SalesRep(new UserId(rep));
    }

    @TearDown
    public void stop() {
        context.close();
    }

    /** The dashboard as it opens: every chart over the last 30 days, by week. */
    @Benchmark
    public List<Figure> dashboardLastThirtyDaysByWeek() {
        return charts(new Range(today.minusDays(29), today, Period.WEEK), CustomerAccess.EVERYONE);
    }

    /** Every chart over the last year, by month. */
    @Benchmark
    public List<Figure> dashboardLastYearByMonth() {
        return charts(new Range(today.minusDays(364), today, Period.MONTH), CustomerAccess.EVERYONE);
    }

    /** A sales representative's dashboard: his customers' facts only, the last 30 days by week. */
    @Benchmark
    public List<Figure> salesRepDashboard() {
        return charts(new Range(today.minusDays(29), today, Period.WEEK), salesRep);
    }

    /** One figure along a dimension of few members: tickets opened by product over the last 30 days, by week. */
    @Benchmark
    public Figure openedByProduct() {
        return TenantContext.call(
                ID,
                () -> dashboard
                        .figure(
                                "claims.opened",
                                "product",
                                new Range(today.minusDays(29), today, Period.WEEK),
                                CustomerAccess.EVERYONE,
                                Locale.FRENCH)
                        .orElseThrow());
    }

    /** The heaviest single figure: resolution time by customer over the last 30 days (its API and export). */
    @Benchmark
    public Figure resolutionTimeByCustomer() {
        return TenantContext.call(
                ID,
                () -> dashboard
                        .figure(
                                "claims.resolved",
                                "customer",
                                new Range(today.minusDays(29), today, Period.WEEK),
                                CustomerAccess.EVERYONE,
                                Locale.FRENCH)
                        .orElseThrow());
    }

    /** The headline counts and the lag the dashboard shows above its charts. */
    @Benchmark
    public List<Object> summaryAndLag() {
        return TenantContext.call(ID, () -> {
            StatsSummary summary = figures.summary(CustomerAccess.EVERYONE);
            Duration lag = rollups.lag();
            return List.of(summary, lag);
        });
    }

    /** Decision support: causes rising, customers at risk, the most profitable, over the windows it compares. */
    @Benchmark
    public Decisions decisionSupport() {
        return TenantContext.call(ID, () -> decisions.decide(today, CustomerAccess.EVERYONE, Locale.FRENCH));
    }

    private List<Figure> charts(Range range, CustomerAccess access) {
        return TenantContext.call(ID, () -> dashboard.charts(range, access, Locale.FRENCH));
    }
}
