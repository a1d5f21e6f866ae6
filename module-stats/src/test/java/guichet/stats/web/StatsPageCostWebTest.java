package guichet.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.figures.Chart;
import guichet.platform.figures.Fact;
import guichet.platform.figures.FactsRecorded;
import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.platform.figures.Measure.Direction;
import guichet.platform.figures.Members;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.stats.SampleFigures;
import guichet.stats.StatsModule;
import guichet.stats.rollup.Rollups;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the statistics pages cost the database, counted and never timed: the dashboard (its default thirty days by
 * week, sixty days by day, a year by month), a sales representative's dashboard and decision support run as many SQL
 * statements, in one transaction, with 50 customers and their facts (sixteen colours, some fifty days) as with 5, and
 * no more than {@link #DASHBOARD_STATEMENTS} and {@link #DECISIONS_STATEMENTS}: the rollups are read in one statement
 * whatever the facts, ranges and periods, and a chart's or a list's customers are named in one, however many, so that
 * a query per member, per customer or per period fails the build.
 */
@GuichetTest
@Import({SampleFigures.class, PageCost.class, StatsPageCostWebTest.Visits.class})
class StatsPageCostWebTest {

    /**
     * The most statements the dashboard may run, the session store's left out: the tenant's schema set and set back,
     * the unread notifications of the page's shell, the rollups, the names of the chart by customer, the six headline
     * counts, the lag and the saved filters.
     */
    static final int DASHBOARD_STATEMENTS = 13;

    /**
     * The most statements decision support may run: the schema set and set back, the unread notifications, the
     * rollups, and the names of the customers at risk and of the best ones.
     */
    static final int DECISIONS_STATEMENTS = 6;

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    PageCost cost;

    @Autowired
    Customers customers;

    @Autowired
    Rollups rollups;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theStatisticsPagesCostTheSameWithFiveCustomersAsWithFifty() {
        TenantProfile tenant = tenants.create("statcost", "stats");
        User alice = accounts.staff(tenant, "alice", Role.SALES_REP);
        User bruno = accounts.staff(tenant, "bruno", Role.SALES_REP);
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client boss = http.tenant(tenant);
        boss.signIn(admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Client rep = http.tenant(tenant);
        rep.signIn(alice.email(), TestAccounts.PASSWORD);
        LocalDate today = LocalDate.now(tenant.zoneId());
        List<String> pages = List.of(
                "/stats",
                "/stats?from=" + today.minusDays(59) + "&to=" + today + "&period=day",
                "/stats?from=" + today.minusDays(364) + "&to=" + today + "&period=month",
                "/stats/decisions");

        customersWithFacts(tenant, 0, 5, alice, bruno);
        List<PageCost.Cost> five = new ArrayList<>();
        pages.forEach(page -> five.add(counted(boss, page, page + " 5")));
        PageCost.Cost repFive = counted(rep, "/stats", "rep 5");
        shown(boss, rep, today, 5);

        customersWithFacts(tenant, 5, 50, alice, bruno);
        List<PageCost.Cost> fifty = new ArrayList<>();
        pages.forEach(page -> fifty.add(counted(boss, page, page + " 50")));
        PageCost.Cost repFifty = counted(rep, "/stats", "rep 50");
        shown(boss, rep, today, 50);

        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            boolean decisions = page.equals("/stats/decisions");
            costsTheSame(page, fifty.get(i), five.get(i), decisions ? DECISIONS_STATEMENTS : DASHBOARD_STATEMENTS);
            assertThat(reading(fifty.get(i), "core_customer where id"))
                    .as(page + ": the customers named at once, per chart or list: "
                            + fifty.get(i).sql())
                    .hasSize(decisions ? 2 : 1);
        }
        costsTheSame("a sales representative's /stats", repFifty, repFive, DASHBOARD_STATEMENTS);
        assertThat(reading(repFifty, "core_customer where id")).hasSize(1);
    }

    /** The figures really rendered: the facts' totals, the colours' and the customers' names, the causes found. */
    private void shown(TenantHttp.Client boss, TenantHttp.Client rep, LocalDate today, int count) {
        Document dashboard = boss.get("/stats").html();
        assertThat(dashboard.select("#stats-samples-colour tfoot td").last().text())
                .as("two samples a customer over the last thirty days")
                .isEqualTo(String.valueOf(2 * count));
        List<String> colours =
                dashboard.select("#stats-samples-colour tbody th").eachText();
        List<String> visitors =
                dashboard.select("#stats-visits-customer tbody th").eachText();
        if (count > 12) {
            assertThat(colours)
                    .as("twelve colours named, the others summed")
                    .hasSize(13)
                    .contains("«colour-0»");
            assertThat(colours.getLast()).isEqualTo("Autres");
            assertThat(visitors).hasSize(13);
            assertThat(visitors.subList(0, 12))
                    .as("the customers named from their records")
                    .allMatch(name -> name.startsWith("Visiteur "));
        } else {
            assertThat(colours).hasSize(count).contains("«colour-0»", "«colour-4»");
            assertThat(visitors).as("the customers named from their records").contains("Visiteur 0", "Visiteur 4");
        }
        Document byDay = boss.get("/stats?from=" + today.minusDays(59) + "&to=" + today + "&period=day")
                .html();
        assertThat(byDay.select("#stats-samples-colour tfoot td").last().text())
                .as("three samples a customer over sixty days")
                .isEqualTo(String.valueOf(3 * count));

        Document his = rep.get("/stats").html();
        long alices = (count + 2) / 3;
        assertThat(his.select("#stats-samples-colour tfoot td").last().text())
                .as("the samples of Alice's customers only")
                .isEqualTo(String.valueOf(2 * alices));
        assertThat(his.select("#stats-visits-customer tbody th").eachText())
                .as("Alice's customers, every third")
                .isNotEmpty()
                .allMatch(name ->
                        name.equals("Autres") || Integer.parseInt(name.substring("Visiteur ".length())) % 3 == 0);

        Document decisions = boss.get("/stats/decisions").html();
        assertThat(decisions.select("#causes tbody tr").eachText())
                .as("every colour rose")
                .isNotEmpty()
                .anyMatch(row -> row.contains("«colour-0»"));
        assertThat(decisions.select("#at-risk li.mb-2 > .fw-semibold").eachText())
                .as("customers whose purchases fell, named from their records")
                .hasSize(Math.min(count, 10))
                .allMatch(name -> name.startsWith("Visiteur "));
        assertThat(decisions.select("#best li > .fw-semibold").eachText())
                .hasSize(Math.min(count, 10))
                .allMatch(name -> name.startsWith("Visiteur "));
    }

    /**
     * The same statements with 50 customers as with 5, no more than {@code most}, the rollups read in one, in one
     * read-only transaction.
     */
    private static void costsTheSame(String page, PageCost.Cost fifty, PageCost.Cost five, int most) {
        String both = page + ", 50 customers: " + fifty.sql() + "\n5 customers: " + five.sql();
        assertThat(fifty.statements()).as(both).isEqualTo(five.statements());
        assertThat(fifty.statements()).as(both).isLessThanOrEqualTo(most);
        assertThat(reading(fifty, "from sta_rollup")).as(both).hasSize(1);
        assertThat(five.transactions()).as("one transaction per page: " + both).isEqualTo(1);
        assertThat(fifty.transactions()).as(both).isEqualTo(1);
    }

    /** The statements of a page that read this. */
    private static List<String> reading(PageCost.Cost counted, String table) {
        return counted.sql().stream().filter(sql -> sql.contains(table)).toList();
    }

    /** The page once to warm what is loaded once per tenant, then counted. */
    private PageCost.Cost counted(TenantHttp.Client client, String path, String name) {
        assertThat(client.get(path).status()).as(path).isEqualTo(200);
        TenantHttp.Page page = client.getWithHeaders(path, PageCost.counting(name));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        PageCost.Cost counted = cost.of(name);
        System.out.println("Page cost " + name + ": " + counted.statements() + " statements, " + counted.transactions()
                + " transactions");
        return counted;
    }

    /**
     * Customers {@code from} to {@code to}, a third Alice's, a third Bruno's, a third no one's, each with his facts as
     * modules record them, then drained: samples of a colour (one of sixteen) and a shape, two in the last thirty days
     * and one in the thirty before (so every colour rises); a wait, a score, purchases falling from three to one, and
     * visits.
     */
    private void customersWithFacts(TenantProfile tenant, int from, int to, User alice, User bruno) {
        ZoneId zone = tenant.zoneId();
        LocalDate today = LocalDate.now(zone);
        int kept = 0;
        for (int i = from; i < to; i++) {
            int n = i;
            User rep = n % 3 == 0 ? alice : n % 3 == 1 ? bruno : null;
            kept += in(tenant, () -> {
                Customer customer = Customer.person(
                        customers.nextNumber(), Customer.Stage.CUSTOMER, null, "Visiteur " + n, Instant.now());
                if (rep != null) {
                    customer.assignSalesRep(rep.id(), Instant.now());
                }
                Customer saved = customers.save(customer);
                String id = saved.id().value().toString();
                Instant recent = noon(today.minusDays(1 + (n * 7L) % 27), zone);
                Instant before = noon(today.minusDays(31 + (n * 5L) % 27), zone);
                Map<String, String> sample =
                        Map.of("colour", "colour-" + n % 16, "shape", "shape-" + n % 4, Dimension.CUSTOMER, id);
                Map<String, String> customerOnly = Map.of(Dimension.CUSTOMER, id);
                CustomerFacts facts = new CustomerFacts(saved.id().value());
                facts.add(SampleFigures.SAMPLES, recent, sample, 1, 2);
                facts.add(SampleFigures.SAMPLES, before, sample, 1, 1);
                facts.add(SampleFigures.WAIT, recent, Map.of("colour", "colour-" + n % 16), 600 + 60L * n, 1);
                facts.add(SampleFigures.SCORE, recent, customerOnly, 1 + n % 5, 1);
                facts.add(SampleFigures.BOUGHT, before, customerOnly, 1, 3);
                facts.add(SampleFigures.BOUGHT, recent, customerOnly, 1, 1);
                facts.add(Visits.VISITS, recent, customerOnly, 1, 1 + n % 3);
                events.publishEvent(new FactsRecorded(tenant.id(), facts.all));
                return facts.all.size();
            });
        }
        assertThat(TenantContext.call(tenant.id(), () -> rollups.drain()))
                .as("every fact kept, then folded")
                .isEqualTo(kept);
    }

    private static Instant noon(LocalDate day, ZoneId zone) {
        return day.atTime(12, 0).atZone(zone).toInstant();
    }

    /** One customer's facts, as a module records them with its change. */
    private static final class CustomerFacts {
        private final UUID customer;
        private final List<Fact> all = new ArrayList<>();

        CustomerFacts(UUID customer) {
            this.customer = customer;
        }

        void add(String measure, Instant at, Map<String, String> members, long value, int times) {
            for (int i = 0; i < times; i++) {
                all.add(new Fact(measure, at, customer, members, value));
            }
        }
    }

    private <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }

    /**
     * A module's figure whose members are named from the database as the real modules name theirs: customers' visits,
     * charted by customer, each customer named from his record, all of a chart's in one statement. First of the
     * sources, so decision support names its customers from their records.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Visits {

        static final String VISITS = "stats.visits";

        @Bean
        FigureSource visitFigures(Customers customers) {
            return new Named(customers);
        }

        private static final class Named implements FigureSource, Ordered {

            private final Customers customers;

            Named(Customers customers) {
                this.customers = customers;
            }

            @Override
            public String module() {
                return StatsModule.ID;
            }

            @Override
            public List<Measure> measures() {
                return List.of(new Measure(
                        VISITS,
                        "stats.figure.customers",
                        Aggregate.COUNT,
                        Direction.HIGHER_IS_BETTER,
                        List.of(new Dimension(Dimension.CUSTOMER, "stats.figure.customers"))));
            }

            @Override
            public List<Chart> charts() {
                return List.of(Chart.by(VISITS, Dimension.CUSTOMER));
            }

            @Override
            public void replay(Consumer<Fact> sink) {}

            @Override
            public Map<String, String> names(String dimension, Collection<String> members, Locale language) {
                return Members.named(
                        customers.findAllById(Members.ids(members)), c -> c.id().value(), Customer::displayName);
            }

            @Override
            public Optional<String> drill(
                    String measure, String dimension, Optional<String> member, LocalDate from, LocalDate to) {
                return Optional.of("/customers/" + member.orElse(""));
            }

            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }
        }
    }
}
