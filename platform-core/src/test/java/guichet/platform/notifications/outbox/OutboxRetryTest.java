package guichet.platform.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A mail the server refuses waits twice as long each time, up to a ceiling, and is given up after a while. */
class OutboxRetryTest {

    private static final NotificationsProperties DEFAULTS = new NotificationsProperties(
            Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofHours(1), Duration.ofHours(48), 50, 1);

    @Test
    void theWaitDoublesFromTheFirstRetryUpToTheCeiling() {
        assertThat(DEFAULTS.retryDelay(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(DEFAULTS.retryDelay(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.retryDelay(3)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DEFAULTS.retryDelay(8)).isEqualTo(Duration.ofMinutes(32));
        assertThat(DEFAULTS.retryDelay(9)).isEqualTo(Duration.ofHours(1));
        assertThat(DEFAULTS.retryDelay(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aFailedMailIsRetriedLaterThenGivenUp() {
        Instant written = Instant.parse("2026-11-25T10:00:00Z");
        OutboxMail mail = new OutboxMail(mail(), written);
        assertThat(mail.nextAttemptAt()).as("due at once").isEqualTo(written);

        Instant first = written.plusSeconds(1);
        mail.failed(first, "connection refused", DEFAULTS);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.nextAttemptAt()).isEqualTo(first.plusSeconds(15));
        assertThat(mail.lastError()).contains("connection refused");
        assertThat(mail.failedAt()).isEmpty();

        Instant second = mail.nextAttemptAt();
        mail.failed(second, "connection refused", DEFAULTS);
        assertThat(mail.nextAttemptAt()).isEqualTo(second.plusSeconds(30));

        Instant tooLate = written.plus(Duration.ofHours(48));
        mail.failed(tooLate, "connection refused", DEFAULTS);
        assertThat(mail.failedAt()).contains(tooLate);
        assertThat(mail.sentAt()).isEmpty();
    }

    @Test
    void aSentMailRecordsItsAttempt() {
        OutboxMail mail = new OutboxMail(mail(), Instant.parse("2026-11-25T10:00:00Z"));
        mail.failed(Instant.parse("2026-11-25T10:00:01Z"), "down", DEFAULTS);
        mail.sent(Instant.parse("2026-11-25T10:00:16Z"));
        assertThat(mail.attempts()).isEqualTo(2);
        assertThat(mail.sentAt()).contains(Instant.parse("2026-11-25T10:00:16Z"));
        assertThat(mail.lastError()).isEmpty();
    }

    @Test
    void settingsThatCouldNeverSendAreRefused() {
        assertThatThrownBy(() -> new NotificationsProperties(
                        Duration.ZERO, Duration.ofSeconds(15), Duration.ofHours(1), Duration.ofHours(48), 50, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationsProperties(
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(1),
                        Duration.ofHours(48),
                        50,
                        1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-retry");
        assertThatThrownBy(() -> new NotificationsProperties(
                        Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofHours(1), Duration.ofHours(48), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationsProperties(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(15),
                        Duration.ofHours(1),
                        Duration.ofHours(48),
                        50,
                        0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("senders");
    }

    private static OutgoingMail mail() {
        UUID id = UUID.randomUUID();
        return new OutgoingMail(
                id,
                "core.customer-registered",
                "admin@atlas.example",
                "Admin",
                "Sujet",
                "Texte",
                null,
                "<" + id + "@atlas.guichet>",
                null,
                null,
                null);
    }
}
