package guichet.platform.signals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every instance of Guichet, this one included, that something it may keep in memory has changed: a tenant's
 * record, a user's. A signal is a topic (what kind of thing) and a key (which one). Inside a transaction it leaves
 * once the transaction has committed, so nobody reloads what is not written yet; this instance hears it at once, the
 * others through PostgreSQL's {@code NOTIFY} on {@link #CHANNEL}, which {@link SignalListener} listens to.
 *
 * <p>A listener that lost its connection may have missed signals: once connected again it hears {@link #EVERYTHING}
 * on every topic, and drops all it holds.
 */
public class ChangeSignals {

    /** The PostgreSQL channel the signals travel on. */
    public static final String CHANNEL = "guichet_changes";

    /** The key heard when any key of the topic may have changed. */
    public static final String EVERYTHING = "*";

    private static final Logger log = LoggerFactory.getLogger(ChangeSignals.class);
    private static final char SEPARATOR = '|';

    /** This instance, named in what it sends so that it does not hear its own signals twice. */
    private final String instance = UUID.randomUUID().toString();

    private final DataSource dataSource;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    /**
     * @param dataSource the application's pool; a signal is sent on the connection of the transaction that made the
     *     change, or outside a transaction on a connection of its own
     */
    public ChangeSignals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code onChange} with the key of each change announced on {@code topic}, by any instance. */
    public void listen(String topic, Consumer<String> onChange) {
        if (topic.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("A topic holds no '" + SEPARATOR + "': " + topic);
        }
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(onChange);
    }

    /**
     * Announces that the thing {@code key} of {@code topic} has changed: after the current transaction commits (and not
     * at all if it rolls back), or at once outside a transaction.
     *
     * <p>Inside a transaction that writes, the {@code NOTIFY} is sent on the transaction's own connection, where
     * PostgreSQL holds it until the commit and drops it on a rollback: no second connection is asked of the pool while
     * the transaction's is held. (Taken after the commit, before the first one was given back, it made each of twelve
     * first sign-ins at once hold one connection and wait for another, and the pool ran dry.)
     */
    public void announce(String topic, String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(topic, key);
            return;
        }
        boolean sent = sentWithin(topic, key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (sent) {
                    deliver(topic, key);
                } else {
                    send(topic, key);
                }
            }
        });
    }

    /**
     * Sends the signal's {@code NOTIFY} on the current transaction's connection if it has one bound and writes; false if
     * it has none (a transaction without JDBC, a read-only one), and then it leaves after the commit.
     */
    private boolean sentWithin(String topic, String key) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder)) {
            return false;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            notify(connection, topic, key);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Change of " + topic + " " + key + " could not be announced", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void send(String topic, String key) {
        deliver(topic, key);
        try {
            // A connection of the pool's own, in autocommit: after a commit the transaction's connection may still be
            // bound to this thread, and NOTIFY inside a transaction would wait for a commit that already happened.
            try (var connection = dataSource.getConnection()) {
                notify(connection, topic, key);
            }
        } catch (SQLException | RuntimeException e) {
            // The other instances drop what they hold at their next refresh or expiry; this one already has.
            log.warn("Change of {} {} not announced to the other instances: {}", topic, key, e.getMessage());
        }
    }

    private void notify(Connection connection, String topic, String key) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload(topic, key));
            statement.execute();
        }
    }

    private String payload(String topic, String key) {
        return instance + SEPARATOR + topic + SEPARATOR + key;
    }

    /** A payload heard on the channel, from this instance or another. */
    void heard(String payload) {
        String[] parts = payload.split("\\|", 3);
        if (parts.length == 3 && !parts[0].equals(instance)) {
            deliver(parts[1], parts[2]);
        }
    }

    /** Every topic hears {@link #EVERYTHING}: signals may have been missed. */
    void heardNothingFor(String reason) {
        log.info("Dropping every cached record on every topic: {}", reason);
        listeners.keySet().forEach(topic -> deliver(topic, EVERYTHING));
    }

    private void deliver(String topic, String key) {
        for (Consumer<String> listener : listeners.getOrDefault(topic, List.of())) {
            try {
                listener.accept(key);
            } catch (RuntimeException e) {
                log.error("A listener of {} failed on {}", topic, key, e);
            }
        }
    }
}
