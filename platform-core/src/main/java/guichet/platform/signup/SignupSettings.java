package guichet.platform.signup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-up's settings ({@code guichet.signup.*}).
 *
 * @param trial how long a trial without a card lasts (14 days; zero offers none)
 * @param perAddressPerHour how many sign-ups one client address may start in an hour
 */
@ConfigurationProperties("guichet.signup")
public record SignupSettings(
        @DefaultValue("14d") Duration trial,
        @DefaultValue("5") int perAddressPerHour) {

    public boolean offersTrial() {
        return !trial.isZero() && !trial.isNegative();
    }
}
