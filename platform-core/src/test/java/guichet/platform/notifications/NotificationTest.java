package guichet.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.ids.UserId;
import guichet.platform.notifications.Notification.Recipient;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a notification may carry: checked when it is built, before anything is written. */
class NotificationTest {

    private static final Recipient SOMEONE = Recipient.user(new UserId(UUID.randomUUID()));

    @Test
    void aNotificationCarriesItsMessageLinkThreadAndReplyAddress() {
        Notification notification = Notification.of("claims.ticket-replied", SOMEONE)
                .message("claims.mail.subject", "claims.mail.body", "T0042", 3)
                .link("/claims/T0042")
                .thread("T0042")
                .replyTo("support@atlas.example")
                .build();
        assertThat(notification.arguments()).containsExactly("T0042", 3);
        assertThat(notification.linkPath()).contains("/claims/T0042");
        assertThat(notification.threadId()).isEqualTo("T0042");
        assertThat(notification.replyTo()).isEqualTo("support@atlas.example");
    }

    @Test
    void aLinkIsAPathOnTheTenantsHostNeverAnotherSite() {
        for (String link : new String[] {"https://evil.example/x", "//evil.example/x", "claims/1"}) {
            assertThatThrownBy(() -> Notification.of("claims.ticket-replied", SOMEONE)
                            .message("s", "b")
                            .link(link)
                            .build())
                    .as(link)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("path on the tenant's host");
        }
    }

    @Test
    void aThreadIdIsSafeInsideAMessageId() {
        assertThatThrownBy(() -> Notification.of("claims.ticket-replied", SOMEONE)
                        .message("s", "b")
                        .thread("T 1>@x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thread id");
    }

    @Test
    void malformedAddressesAndNullArgumentsAreRefused() {
        assertThatThrownBy(() -> Recipient.address("pas une adresse", "X", Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recipient.address("Nom <a@b.example>", "X", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.of("claims.ticket-replied", SOMEONE)
                        .message("s", "b")
                        .replyTo("nobody")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.of("claims.ticket-replied", SOMEONE)
                        .message("s", "b", "x", null)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("may not be null");
        assertThatThrownBy(
                        () -> Notification.of("claims.ticket-replied", SOMEONE).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKindIdNamesItsModule() {
        NotificationKind kind =
                new NotificationKind("claims.sla-warning", "label", NotificationKind.Audience.STAFF, true, false);
        assertThat(kind.module()).isEqualTo("claims");
        assertThat(kind.audience().includes(true)).isTrue();
        assertThat(kind.audience().includes(false)).isFalse();
        assertThat(NotificationKind.Audience.ALL.includes(false)).isTrue();
        assertThat(NotificationKind.Audience.CUSTOMER.includes(true)).isFalse();
        for (String id : new String[] {"claims", "Claims.replied", "claims.", "claims.a_b", "claims..x"}) {
            assertThatThrownBy(() -> new NotificationKind(id, "label", NotificationKind.Audience.ALL, true, true))
                    .as(id)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
