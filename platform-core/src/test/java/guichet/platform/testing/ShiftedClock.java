package guichet.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the system's, moved forward by what a test asks, so that a grace
 * period of two weeks passes without waiting. A test that moves it puts it back ({@link #reset()}) when it ends.
 */
public final class ShiftedClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    /** Moves every reading forward by {@code duration}, on top of any earlier move. */
    public void advance(Duration duration) {
        shift = shift.plus(duration);
    }

    /** Moves every reading so that it is now {@code instant} (and time goes on from there). */
    public void setTo(Instant instant) {
        shift = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    /** Registers the clock as the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {
        @Bean
        @Primary
        ShiftedClock shiftedClock() {
            return new ShiftedClock();
        }
    }
}
