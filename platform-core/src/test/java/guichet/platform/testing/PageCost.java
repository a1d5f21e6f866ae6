package guichet.platform.testing;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;

/**
 * Counts what one page costs the database: the SQL statements and the transactions run on the thread that serves a
 * request sent with the {@link #HEADER} header, whatever the scheduled jobs do meanwhile. The session store's own
 * statements and transactions (Spring Session's tables, read and written around every request, ADR 39) are counted
 * apart from the page's, so that a page's cost says what the page asks. Import it in a test
 * ({@code @Import(PageCost.class)}): it wraps the application's data source with datasource-proxy's counting
 * listeners, and serves as the filter that opens and closes each counted request.
 */
@TestComponent
public class PageCost implements BeanPostProcessor, Filter, Ordered {

    /** The request header whose value names the count. */
    public static final String HEADER = "X-Page-Cost";

    private static final ThreadLocal<@Nullable Counting> CURRENT = new ThreadLocal<>();

    private final Map<String, Cost> counted = new ConcurrentHashMap<>();

    /**
     * What a request cost.
     *
     * @param sql the statements it ran, in order, the session store's left out
     * @param transactions how many transactions it committed or rolled back, the session store's left out
     * @param sessionStore the session store's statements, in order
     * @param sessionStoreTransactions how many transactions the session store committed or rolled back
     */
    public record Cost(List<String> sql, int transactions, List<String> sessionStore, int sessionStoreTransactions) {

        /** How many statements it ran. */
        public int statements() {
            return sql.size();
        }

        /** How many of its statements count rows ({@code select count(…)}), as a list's total does. */
        public int counts() {
            return (int) sql.stream()
                    .filter(statement ->
                            statement.strip().toLowerCase(Locale.ROOT).startsWith("select count("))
                    .count();
        }
    }

    private static final class Counting {
        private final List<String> sql = new ArrayList<>();
        private final List<String> sessionStore = new ArrayList<>();
        private final Set<String> sessionStoreConnections = new HashSet<>();
        private int transactions;
        private int sessionStoreTransactions;
    }

    /** A statement on Spring Session's tables. */
    private static boolean isSessionStore(String statement) {
        return statement.toLowerCase(Locale.ROOT).contains("spring_session");
    }

    /** The headers that have a request counted under this name. */
    public static Map<String, String> counting(String name) {
        return Map.of(HEADER, name);
    }

    /** The cost of the request sent with {@link #counting(String)}, once it was answered. */
    public Cost of(String name) {
        Cost cost = counted.get(name);
        if (cost == null) {
            throw new IllegalStateException("No request was counted as " + name);
        }
        return cost;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name(beanName)
                    .listener(new Statements())
                    .methodListener(new Transactions())
                    .build();
        }
        return bean;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        if (name == null || CURRENT.get() != null) {
            chain.doFilter(request, response);
            return;
        }
        Counting counting = new Counting();
        CURRENT.set(counting);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
            counted.put(
                    name,
                    new Cost(
                            List.copyOf(counting.sql),
                            counting.transactions,
                            List.copyOf(counting.sessionStore),
                            counting.sessionStoreTransactions));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class Statements implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            Counting counting = CURRENT.get();
            if (counting != null) {
                for (QueryInfo query : queries) {
                    if (isSessionStore(query.getQuery())) {
                        counting.sessionStore.add(query.getQuery());
                        counting.sessionStoreConnections.add(execution.getConnectionId());
                    } else {
                        counting.sql.add(query.getQuery());
                    }
                }
            }
        }
    }

    private static final class Transactions implements MethodExecutionListener {
        @Override
        public void beforeMethod(MethodExecutionContext execution) {}

        @Override
        public void afterMethod(MethodExecutionContext execution) {
            Counting counting = CURRENT.get();
            String method = execution.getMethod().getName();
            if (counting != null && (method.equals("commit") || method.equals("rollback"))) {
                if (counting.sessionStoreConnections.contains(
                        execution.getConnectionInfo().getConnectionId())) {
                    counting.sessionStoreTransactions++;
                } else {
                    counting.transactions++;
                }
            }
        }
    }
}
