package guichet.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reply names the mail it answers; the thread comes back from it, for the right tenant only. */
class MailThreadsTest {

    private static final TenantId ATLAS = new TenantId("atlas");
    private static final TenantId MEDINA = new TenantId("medina");

    @Test
    void theMessageIdOfAThreadedMailNamesItsThread() {
        String id = MailThreads.messageId(UUID.randomUUID(), "T0042", ATLAS);
        assertThat(id).matches("<[0-9a-f-]{36}\\.T0042@atlas\\.guichet>");
        assertThat(MailThreads.threadIdOf(id, ATLAS)).contains("T0042");
    }

    @Test
    void theThreadRootAndAReferencesHeaderGiveTheThreadBack() {
        assertThat(MailThreads.threadRoot("T-7_b", ATLAS)).isEqualTo("<thread.T-7_b@atlas.guichet>");
        assertThat(MailThreads.threadIdOf("<thread.T-7_b@atlas.guichet>", ATLAS))
                .contains("T-7_b");
        String references = "<CAF00@mail.gmail.com>\r\n <thread.T0042@ATLAS.guichet>\t<" + UUID.randomUUID()
                + ".T0042@atlas.guichet>";
        assertThat(MailThreads.threadIdOf(references, ATLAS)).contains("T0042");
        assertThat(MailThreads.threadIdOf("thread.T9@atlas.guichet", ATLAS)).contains("T9");
    }

    @Test
    void idsOfAnotherTenantOrSenderOrWithoutThreadGiveNothing() {
        String atlasMail = MailThreads.messageId(UUID.randomUUID(), "T0042", ATLAS);
        assertThat(MailThreads.threadIdOf(atlasMail, MEDINA)).isEmpty();
        assertThat(MailThreads.threadIdOf("<thread.T1@atlas.guichet.evil.example>", ATLAS))
                .isEmpty();
        assertThat(MailThreads.threadIdOf(MailThreads.messageId(UUID.randomUUID(), null, ATLAS), ATLAS))
                .isEmpty();
        assertThat(MailThreads.threadIdOf("<abc.T1@atlas.guichet>", ATLAS)).isEmpty();
        assertThat(MailThreads.threadIdOf("<thread.a b@atlas.guichet>", ATLAS)).isEmpty();
        assertThat(MailThreads.threadIdOf(null, ATLAS)).isEmpty();
        assertThat(MailThreads.threadIdOf("  ", ATLAS)).isEmpty();
    }
}
