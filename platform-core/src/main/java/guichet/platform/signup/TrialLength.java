package guichet.platform.signup;

import guichet.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * How long a sign-up's free trial lasts: set by the platform owner in the console ({@code platform.platform_setting},
 * key {@value #KEY}), else {@code guichet.signup.trial} (14 days). Zero days offers no trial.
 */
@Service
public class TrialLength {

    static final String KEY = "signup.trial-days";

    /** The longest trial the console accepts. */
    public static final int MAX_DAYS = 90;

    private final JdbcTemplate jdbc;
    private final SignupSettings settings;
    private final Clock clock;

    TrialLength(DataSource dataSource, SignupSettings settings, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.settings = settings;
        this.clock = clock;
    }

    public Duration current() {
        List<String> set = TenantContext.callAsPlatform(() ->
                jdbc.queryForList("select value from platform.platform_setting where key = ?", String.class, KEY));
        return set.isEmpty() ? settings.trial() : Duration.ofDays(Integer.parseInt(set.getFirst()));
    }

    /**
     * @throws IllegalArgumentException outside 0 to {@value #MAX_DAYS} days
     */
    public void set(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A trial lasts 0 to " + MAX_DAYS + " days: " + days);
        }
        TenantContext.runAsPlatform(() -> jdbc.update(
                "insert into platform.platform_setting (key, value, updated_at) values (?, ?, ?)"
                        + " on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at",
                KEY,
                Integer.toString(days),
                java.sql.Timestamp.from(clock.instant())));
    }
}
