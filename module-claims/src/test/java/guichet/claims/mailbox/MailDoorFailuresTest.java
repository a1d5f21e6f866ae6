package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import guichet.claims.ClaimsFixture;
import guichet.claims.ServiceDesk;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * What the door does when taking a mail fails: the ticket's transaction rolls back, the mail stays unread on the real
 * mail server, the next poll takes it exactly once; a mail that keeps failing is left for a person after a few tries and
 * never holds up the others.
 */
@GuichetTest
@Import({ClaimsFixture.class, MailDoorFixture.class})
class MailDoorFailuresTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    MailDoorFixture mails;

    @MockitoSpyBean
    ServiceDesk desk;

    @Test
    void aFailureWhileTheTicketIsOpenedLeavesTheMailUnreadAndTheNextPollOpensExactlyOne() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        String id = MailDrop.messageId();
        MailDrop.deliver(mailbox, MailDrop.mail(id, "marc@example.org", mailbox, "Ligne coupée", "Depuis hier."));
        doThrow(new IllegalStateException("database went away"))
                .doCallRealMethod()
                .when(desk)
                .openFromEmail(any(), any(), any(), any(), any());

        assertThat(mails.poll(tenant)).isZero();
        assertThat(mails.count(tenant)).isZero();
        assertThat(MailDrop.unseen(mailbox, id)).isTrue();

        mails.poll(tenant);
        mails.poll(tenant);

        assertThat(mails.count(tenant)).isEqualTo(1);
        assertThat(mails.only(tenant).title()).isEqualTo("Ligne coupée");
        assertThat(MailDrop.seen(mailbox, id)).isTrue();
    }

    @Test
    void aMailThatKeepsFailingIsLeftUnreadAfterThreeTriesAndTheOthersGoThrough() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        String poison = MailDrop.messageId();
        String fine = MailDrop.messageId();
        MailDrop.deliver(mailbox, MailDrop.mail(poison, "zoe@example.org", mailbox, "Poison", "Toujours en échec."));
        MailDrop.deliver(mailbox, MailDrop.mail(fine, "yan@example.org", mailbox, "Normal", "Tout va bien."));
        doThrow(new IllegalStateException("cannot take this one"))
                .when(desk)
                .openFromEmail(eq("Poison"), any(), any(), any(), any());

        mails.poll(tenant);
        assertThat(mails.only(tenant).title()).isEqualTo("Normal");
        assertThat(MailDrop.seen(mailbox, fine)).isTrue();

        for (int i = 0; i < 4; i++) {
            mails.poll(tenant);
        }
        verify(desk, times(3)).openFromEmail(eq("Poison"), any(), any(), any(), any());
        assertThat(MailDrop.unseen(mailbox, poison)).isTrue();
        assertThat(mails.count(tenant)).isEqualTo(1);
    }
}
