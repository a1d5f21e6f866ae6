package guichet.benchmarks;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.ids.UserId;
import guichet.platform.search.SearchEngine;
import guichet.platform.tenancy.TenantContext;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer search as you type at a million customers: what staff type from the third character (names with or
 * without accents, first name and name, e-mail, phone digits, customer number, Arabic), the ten suggestions loaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 15)
@Fork(1)
public class CustomerSearchBenchmark {

    static final List<String> TYPED = List.of(
            "ami",
            "amir",
            "hél",
            "hele",
            "dupr",
            "dupré h",
            "ben sal",
            "tra",
            "trabelsi k",
            "fontaine cl",
            "216200",
            "2162001234",
            "b00012",
            "B000421337",
            "احم",
            "فاطمه",
            "sarra.gh",
            "koffi.adj",
            "mer",
            "zoé",
            "lef",
            // Typed letters no customer has: the index must say so at once, not a read of every customer.
            "qwx",
            "zoubeir");

    private BenchTenant bench;
    private SearchEngine search;
    private Customers customers;
    private TransactionTemplate transactions;
    private UserId salesRep;
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup
    public void start() {
        bench = BenchTenant.start();
        search = bench.search();
        customers = bench.bean(Customers.class);
        transactions = bench.bean(TransactionTemplate.class);
        salesRep = new UserId(new JdbcTemplate(bench.bean(DataSource.class))
                .queryForObject(
                        "select id from " + BenchTenant.ID.schemaName() + ".core_user where email = 'rep1@bench.test'",
                        UUID.class));
    }

    @TearDown
    public void stop() {
        bench.close();
    }

    /** Ten suggestions for what an agent typed. */
    @Benchmark
    public List<Customer> suggest() {
        return suggestions(CustomerAccess.EVERYONE);
    }

    /** Ten suggestions among a sales rep's own customers. */
    @Benchmark
    public List<Customer> suggestForSalesRep() {
        return suggestions(new CustomerAccess.SalesRep(salesRep));
    }

    private List<Customer> suggestions(CustomerAccess access) {
        String typed = TYPED.get(random.nextInt(TYPED.size()));
        return TenantContext.call(
                BenchTenant.ID,
                () -> transactions.execute(status -> customers.inOrder(search.suggestCustomers(typed, access, 10))));
    }
}
