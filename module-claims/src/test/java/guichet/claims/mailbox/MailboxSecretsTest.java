package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Mailbox passwords at rest: encrypted with the platform's key, which only development may go without. */
class MailboxSecretsTest {

    private static final String KEY = "a-production-key-of-at-least-32-characters";

    @Test
    void aPasswordComesBackOnlyWithTheKeyItWasEncryptedWith() {
        MailboxSecrets secrets = secrets(KEY, "prod");
        String stored = secrets.encrypt("imap-password");

        assertThat(stored).doesNotContain("imap-password").isNotEqualTo(secrets.encrypt("imap-password"));
        assertThat(secrets.decrypt(stored)).isEqualTo("imap-password");
        assertThatThrownBy(() -> secrets("another-production-key-of-32-characters-too", "prod")
                        .decrypt(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void outsideDevelopmentGuichetRefusesToStartWithoutAStrongKey() {
        assertThatThrownBy(() -> secrets(null, "prod"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guichet.claims.mailbox.secret-key");
        assertThatThrownBy(() -> secrets("short", "prod")).isInstanceOf(IllegalStateException.class);
        assertThat(secrets(null, "dev").decrypt(secrets(null, "test").encrypt("x")))
                .isEqualTo("x");
    }

    private static MailboxSecrets secrets(String key, String profile) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        return new MailboxSecrets(
                new MailboxProperties(
                        key,
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(1),
                        50,
                        Duration.ofSeconds(20),
                        3,
                        List.of(),
                        null),
                environment);
    }
}
