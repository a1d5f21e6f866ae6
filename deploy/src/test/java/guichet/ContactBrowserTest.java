package guichet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 22's acceptance on sav, which has no prospection module: a customer reports a bug from his ticket's page with a
 * screenshot; the administrators get it by e-mail and in the platform with that page's address, answer it, and the
 * customer reads the answer; the administrator passes it on to the platform owner, who reads it in the console and
 * answers, and the administrator reads that answer in the tenant's thread.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class ContactBrowserTest {

    private static final String SUBJECT = "Bouton « Répondre » sans effet";

    @Autowired
    TenantHttp http;

    @Autowired
    TestAccounts accounts;

    @Test
    void sav_aCustomersBugReportFromHisTicketIsAnsweredAndPassedOnToThePlatformOwner() throws IOException {
        Path screenshot = Files.createTempFile("capture-", ".png");
        ImageIO.write(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB), "png", screenshot.toFile());
        String ticketPage;
        try (Browser client = Browser.signedIn(http.port(), "sav", "customer@sav.demo", "demo")) {
            client.open(portal("/claims/my"));
            ticketPage = client.links().stream()
                    .filter(link -> link.matches("/claims/my/T-\\d+"))
                    .findFirst()
                    .orElseThrow();
            client.open(portal(ticketPage));
            client.click("footer a#g-contact");
            client.awaitUrl("/contact?from=");
            assertThat(client.text("h1")).isEqualTo("Contacter l'administrateur");
            client.click("label[for=kind2]");
            client.type("#subject", SUBJECT);
            client.type("#body", "Sur la page de mon ticket, le bouton ne fait rien.");
            client.find("#screenshot").sendKeys(screenshot.toString());
            client.click("form.g-form button[type=submit]");
            client.awaitUrl("/contact/messages/");
            assertThat(client.text(".alert-success")).isEqualTo("Votre message a été envoyé aux administrateurs.");
            assertThat(client.text("#contact-message")).contains(ticketPage, "capture-");
        } finally {
            Files.deleteIfExists(screenshot);
        }

        Mailbox.Mail mail = Mailbox.waitFor("admin@sav.demo", SUBJECT);
        assertThat(mail.subject()).startsWith("Bug signalé par");
        assertThat(mail.body()).contains("http://sav.localhost:" + http.port() + ticketPage);

        try (Browser admin = Browser.signedIn(http.port(), "sav", "admin@sav.demo", "demo")) {
            admin.open(portal("/notifications"));
            assertThat(admin.text("main")).contains(SUBJECT);
            admin.open(portal("/admin/contact?status=OPEN&kind=BUG"));
            admin.click("#contact-inbox a[href^='/admin/contact/']");
            admin.awaitText("h1", SUBJECT);
            assertThat(admin.text("#contact-page")).contains(ticketPage);
            admin.type("#answer", "Merci, c'est corrigé : rechargez la page.");
            admin.click("form[action$='/answer'] button[type=submit]");
            admin.awaitText(".alert-success", "Votre réponse a été envoyée.");
            admin.type("#note", "Le bouton ne répond pas sur les tickets de sav.");
            admin.click("form[action$='/pass-on'] button[type=submit]");
            admin.awaitText(".alert-success", "transmis à l'exploitant");
        }

        assertThat(Mailbox.waitFor("customer@sav.demo", "Réponse à votre message : " + SUBJECT)
                        .body())
                .contains("rechargez la page");
        try (Browser client = Browser.signedIn(http.port(), "sav", "customer@sav.demo", "demo")) {
            client.open(portal("/contact/messages"));
            assertThat(client.text("#contact-messages")).contains(SUBJECT, "Répondu");
            client.click("#contact-messages tbody a");
            client.awaitText("#contact-replies", "rechargez la page");
            assertThat(client.text("main")).doesNotContain("Le bouton ne répond pas sur les tickets de sav.");
        }

        try (Browser owner = new Browser()) {
            String console = "http://localhost:" + http.port();
            owner.open(console + "/login");
            owner.signInOnKeycloak(accounts.platformOwner(), TestAccounts.PASSWORD);
            owner.awaitHost("localhost:" + http.port());
            owner.open(console + "/messages?waiting=true");
            assertThat(owner.text("#passed-on")).contains("sav", SUBJECT);
            // Newest passed on first: this one, after the demo's.
            owner.click("#passed-on tbody tr:first-child a");
            owner.awaitText("h1", SUBJECT);
            assertThat(owner.text("#passed-on-message")).contains("Le bouton ne répond pas sur les tickets de sav.");
            owner.type("#answer", "Corrigé dans la version de ce soir.");
            owner.click("form[action$='/answer'] button[type=submit]");
            owner.awaitText("#owner-answer", "Corrigé dans la version de ce soir.");
        }

        assertThat(Mailbox.waitFor("admin@sav.demo", "L'exploitant de la plateforme a répondu : " + SUBJECT)
                        .body())
                .contains("Corrigé dans la version de ce soir.");
        try (Browser admin = Browser.signedIn(http.port(), "sav", "admin@sav.demo", "demo")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                admin.open(portal("/admin/contact?status=ANSWERED"));
                admin.click("#contact-inbox a[href^='/admin/contact/']");
                admin.awaitText("h1", SUBJECT);
                assertThat(admin.text("#contact-replies")).contains("Corrigé dans la version de ce soir.");
            });
        }
    }

    private String portal(String path) {
        return Browser.portal(http.port(), "sav", path);
    }
}
