package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** How the door reads a raw mail: headers, the text a person wrote, attached files, and what a machine sent. */
class MailParsingTest {

    @Test
    void thePlainTextIsPreferredAndAttachmentsAreKeptWithTheirNames() throws Exception {
        byte[] pdf = "%PDF-1.4 facture".getBytes(StandardCharsets.US_ASCII);
        String raw = """
                Message-ID: <abc@mail.example.org>
                From: =?UTF-8?Q?Ir=C3=A8ne_Dupont?= <Irene.Dupont@Example.org>
                To: support@helpdesk.test
                Subject: =?UTF-8?Q?Facture_erron=C3=A9e?=
                In-Reply-To: <x@y>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: multipart/alternative; boundary="b2"

                --b2
                Content-Type: text/plain; charset=UTF-8

                Le montant est faux.
                --b2
                Content-Type: text/html; charset=UTF-8

                <p>Le montant est <b>faux</b>.</p>
                --b2--
                --b1
                Content-Type: application/pdf; name="facture.pdf"
                Content-Disposition: attachment; filename="facture.pdf"
                Content-Transfer-Encoding: base64

                %s
                --b1--
                """.formatted(Base64.getEncoder().encodeToString(pdf)).replace("\n", "\r\n");

        try (SpooledMail spooled = SpooledMail.of(raw.getBytes(StandardCharsets.UTF_8))) {
            ReceivedMail mail = MailParsing.parse(spooled);

            assertThat(mail.key()).isEqualTo("<abc@mail.example.org>");
            assertThat(mail.fromEmail()).isEqualTo("irene.dupont@example.org");
            assertThat(mail.fromName()).isEqualTo("Irène Dupont");
            assertThat(mail.subject()).isEqualTo("Facture erronée");
            assertThat(mail.inReplyTo()).isEqualTo("<x@y>");
            assertThat(mail.text()).isEqualTo("Le montant est faux.");
            assertThat(mail.automatic()).isNull();
            assertThat(mail.attachments()).singleElement().satisfies(file -> {
                assertThat(file.filename()).isEqualTo("facture.pdf");
                assertThat(file.contentType()).isEqualTo("application/pdf");
                assertThat(file.fitsIn(pdf.length)).isTrue();
                assertThat(file.fitsIn(pdf.length - 1)).isFalse();
                try (var content = file.content().open()) {
                    assertThat(content.readAllBytes()).isEqualTo(pdf);
                }
            });
        }
    }

    @Test
    void aMailWithoutMessageIdIsKnownByTheHashOfItsBytes() throws Exception {
        byte[] raw = "From: a@b.test\r\nSubject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        String expected = "sha256:"
                + java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(raw));
        assertThat(parse(raw).key()).isEqualTo(expected);
        assertThat(parse(raw.clone()).key()).isEqualTo(expected);
    }

    @Test
    void autoRepliesBouncesAndBulkMailAreMachineMail() throws Exception {
        assertThat(parse("Auto-Submitted: auto-replied").automatic()).isEqualTo("Auto-Submitted: auto-replied");
        assertThat(parse("Auto-Submitted: no").automatic()).isNull();
        assertThat(parse("Precedence: bulk").automatic()).isEqualTo("Precedence: bulk");
        assertThat(parse("X-Autoreply: yes").automatic()).isEqualTo("auto-reply");
        assertThat(parse("From: MAILER-DAEMON@mx.test\r\nSubject: failure\r\n\r\nx\r\n"
                                .getBytes(StandardCharsets.US_ASCII))
                        .automatic())
                .isEqualTo("bounce");
    }

    @Test
    void replyPrefixesAreDroppedInFrenchEnglishAndGerman() {
        assertThat(MailText.withoutReplyPrefixes("RE : TR: Fwd: Re[2]: Box en panne"))
                .isEqualTo("Box en panne");
        assertThat(MailText.withoutReplyPrefixes("AW: WG: [T-000042] Ligne")).isEqualTo("[T-000042] Ligne");
        assertThat(MailText.withoutReplyPrefixes("Retour de matériel")).isEqualTo("Retour de matériel");
    }

    @Test
    void anHtmlOnlyBodyIsReadAsText() {
        assertThat(MailText.htmlToText(
                        "<html><head><style>p{}</style></head><body><p>Bonjour,</p><p>le bac&nbsp;2<br>est bloqué.</p>"
                                + "<script>alert(1)</script></body></html>"))
                .isEqualTo("Bonjour,\nle bac 2\nest bloqué.");
    }

    private static ReceivedMail parse(String header) throws Exception {
        return parse(("From: someone@example.test\r\nSubject: hello\r\n" + header + "\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** Parses a mail with no attachment to read later, so its spool can close at once. */
    private static ReceivedMail parse(byte[] raw) throws Exception {
        try (SpooledMail spooled = SpooledMail.of(raw)) {
            return MailParsing.parse(spooled);
        }
    }
}
