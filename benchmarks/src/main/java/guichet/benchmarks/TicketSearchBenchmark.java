package guichet.benchmarks;

import guichet.claims.search.TicketQuery;
import guichet.claims.search.TicketSearch;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Tickets;
import java.util.List;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff list of tickets, full-text search and similar claims at a million tickets, through the claims module's ticket
 * search port, ids then the page's tickets loaded, as a list page does. Sample-time mode: JMH reports p50/p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 15)
@Fork(1)
public class TicketSearchBenchmark {

    /** What staff type in the search box. */
    static final List<String> QUERIES = List.of(
            "imprimante reconnue",
            "coupure fibre",
            "facture incorrecte",
            "résiliation abonnement",
            "routeur wi-fi",
            "carte SIM bloquée",
            "mandat express",
            "printer update",
            "internet connection",
            "الانترنت",
            "Dupré",
            "ref1234",
            "technicien intervention rendez-vous",
            "T-0421337");

    /** What a customer or agent is writing when similar claims are looked up. */
    static final List<String> DRAFTS = List.of(
            "Mon imprimante n'est plus reconnue depuis la mise à jour du pilote",
            "Plus de connexion fibre depuis ce matin, le voyant du routeur est rouge",
            "Ma facture de ce mois est incorrecte, le prélèvement a été fait en double",
            "Je souhaite la résiliation de mon abonnement suite à un déménagement",
            "انقطاع الانترنت منذ الصباح في المنزل",
            "My printer is not recognised after the last update",
            "La borne n'a pas imprimé le reçu de paiement SBEE");

    private BenchTenant bench;
    private TicketSearch search;
    private Tickets tickets;
    private TransactionTemplate transactions;
    private UserId salesRep;
    /** The open tickets (new, in progress, waiting), as the staff list's « open » view asks. */
    private static final TicketQuery OPEN = TicketQuery.all(CustomerAccess.EVERYONE)
            .withCategories(
                    java.util.Set.of(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS, Ticket.Category.WAITING));

    private final SplittableRandom random = new SplittableRandom(42);

    @Setup
    public void start() {
        bench = BenchTenant.start();
        search = bench.bean(TicketSearch.class);
        tickets = bench.bean(Tickets.class);
        transactions = bench.bean(TransactionTemplate.class);
        UUID rep = new JdbcTemplate(bench.bean(DataSource.class))
                .queryForObject(
                        "select id from " + BenchTenant.ID.schemaName() + ".core_user where email = 'rep1@bench.test'",
                        UUID.class);
        salesRep = new UserId(rep);
    }

    @TearDown
    public void stop() {
        bench.close();
    }

    /** The default staff list: newest activity first, one of the first five pages. */
    @Benchmark
    public List<Ticket> staffList() {
        return page(TicketQuery.all(CustomerAccess.EVERYONE), PageRequest.of(random.nextInt(5), 20));
    }

    /** The open tickets sorted by customer name. */
    @Benchmark
    public List<Ticket> openListSortedByCustomer() {
        return page(OPEN, PageRequest.of(0, 20, Sort.by("customerName")));
    }

    /** The open tickets in the tenant's order of priorities, one of the first 5 pages (the working day's filter). */
    @Benchmark
    public List<Ticket> openListSortedByPriority() {
        return page(OPEN, PageRequest.of(random.nextInt(5), 20, Sort.by("priority")));
    }

    /** A sales rep's list: only his customers' tickets. */
    @Benchmark
    public List<Ticket> salesRepList() {
        return page(TicketQuery.all(new CustomerAccess.SalesRep(salesRep)), PageRequest.of(0, 20));
    }

    /** Full-text search from the list's search box, first page, newest activity first. */
    @Benchmark
    public List<Ticket> fullTextSearch() {
        String query = QUERIES.get(random.nextInt(QUERIES.size()));
        return page(TicketQuery.all(CustomerAccess.EVERYONE).withText(query), PageRequest.of(0, 20));
    }

    /** The five resolved tickets most similar to a draft. */
    @Benchmark
    public List<Ticket> similarClaims() {
        String draft = DRAFTS.get(random.nextInt(DRAFTS.size()));
        return TenantContext.call(
                BenchTenant.ID,
                () -> transactions.execute(status ->
                        tickets.inOrder(search.findSimilarResolved(draft, CustomerAccess.EVERYONE, false, 5))));
    }

    private List<Ticket> page(TicketQuery query, PageRequest request) {
        return TenantContext.call(
                BenchTenant.ID,
                () -> transactions.execute(status ->
                        tickets.inOrder(search.findTickets(query, request).getContent())));
    }
}
