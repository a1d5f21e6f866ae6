package guichet.platform.signals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on {@link ChangeSignals#CHANNEL} over a connection of its own (outside the pool, which it would otherwise
 * hold for the application's life) and hands what it hears to {@link ChangeSignals}. A lost connection is opened again;
 * since signals sent meanwhile are lost, every topic then hears {@link ChangeSignals#EVERYTHING}. One per instance.
 */
public class SignalListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SignalListener.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final ChangeSignals signals;
    private final String url;
    private final Properties credentials;
    private volatile boolean running;
    private volatile @Nullable Thread thread;

    public SignalListener(ChangeSignals signals, String url, @Nullable String user, @Nullable String password) {
        this.signals = signals;
        this.url = url;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("guichet-change-signals").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + ChangeSignals.CHANNEL);
                }
                if (!first) {
                    signals.heardNothingFor("the change signals' connection was lost and is back");
                }
                first = false;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = postgres.getNotifications(WAIT_MILLIS);
                    if (heard != null) {
                        for (PGNotification notification : heard) {
                            signals.heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Change signals not heard, listening again in {}: {}", RETRY, e.getMessage());
                    first = false;
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
