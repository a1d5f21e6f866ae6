package guichet.platform.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.platform.accounts.UserAdministration;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.SampleFiles;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * « Contacter l'administrateur » (issue 22): from any page, a customer or a staff user writes to his tenant's
 * administrators with the page's address and a screenshot; they get it by e-mail and in-app, answer it, and he reads
 * the answer; passed on, it reaches the platform owner's console, whose answer comes back to the administrators.
 */
@GuichetTest
class ContactWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    UserAdministration administration;

    @Test
    void aCustomersBugReportWithItsPageAndScreenshotReachesTheAdministratorsWhoAnswerIt() {
        TenantProfile tenant = tenants.create("ctc");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User customer = accounts.customer(tenant, "client");
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(customer.email(), TestAccounts.PASSWORD);

        Document page = browser.get("/notifications?page=0").html();
        String link = page.select("footer a#g-contact").attr("href");
        assertThat(link).isEqualTo("/contact?from=%2Fnotifications%3Fpage%3D0");
        TenantHttp.Page form = browser.get(link);
        assertThat(form.html().select("input[name=from]").val()).isEqualTo("/notifications?page=0");

        String id = sent(
                browser,
                form,
                "BUG",
                "Le tableau est coupé",
                "La dernière colonne manque.",
                "capture.png",
                SampleFiles.png(2_000));

        Mailbox.Mail mail = Mailbox.waitFor(admin.email(), "Bug signalé par");
        assertThat(mail.subject()).contains("Le tableau est coupé");
        assertThat(mail.body())
                .contains("La dernière colonne manque.", "/notifications?page=0", customer.email())
                .contains("/admin/contact/" + id);

        TenantHttp.Client administrator = http.tenant(tenant);
        administrator.signIn(admin.email(), TestAccounts.PASSWORD);
        assertThat(administrator
                        .get("/notifications")
                        .html()
                        .select(".g-notification h2")
                        .text())
                .contains("Le tableau est coupé");
        Document inbox = administrator.get("/admin/contact").html();
        assertThat(inbox.select("#contact-inbox tbody tr").text())
                .contains("Le tableau est coupé", "Signaler un bug", "En attente", "client");
        assertThat(inbox.select("#contact-inbox tbody time").first().attr("datetime"))
                .as("in the tenant's time zone")
                .endsWith("+01:00");
        Document thread = administrator.get("/admin/contact/" + id).html();
        assertThat(thread.select("#contact-page a").attr("href")).isEqualTo("/notifications?page=0");
        TenantHttp.Page screenshot = administrator.get("/admin/contact/" + id + "/screenshot");
        assertThat(screenshot.status()).isEqualTo(200);
        assertThat(screenshot.header("Content-Type")).isEqualTo("image/png");

        TenantHttp.Page answered = administrator.postForm(
                "/admin/contact/" + id + "/answer",
                Map.of(
                        "body",
                        "Faites défiler vers la droite.",
                        "_csrf",
                        administrator.csrfToken("/admin/contact/" + id)));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(Mailbox.waitFor(customer.email(), "Réponse à votre message").body())
                .contains("Faites défiler vers la droite.", "/contact/messages/" + id);

        assertThat(browser.get("/contact/messages/" + id)
                        .html()
                        .select("#contact-replies")
                        .text())
                .contains("Faites défiler vers la droite.");
        assertThat(browser.get("/contact/messages")
                        .html()
                        .select("#contact-messages tbody tr")
                        .text())
                .contains("Le tableau est coupé", "Répondu");
        assertThat(browser.get("/contact/messages/" + id + "/screenshot").status())
                .isEqualTo(200);
    }

    @Test
    void aRefusedMessageKeepsWhatWasTypedAndSaysWhy() {
        TenantProfile tenant = tenants.create("ctr");
        accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        TenantHttp.Page form = browser.get("/contact?from=/account");

        Map<String, String> fields = fields(form, "QUESTION", "", "Mon texte reste là.");
        TenantHttp.Page empty = browser.postMultipart("/contact", fields, "screenshot", "", new byte[0]);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.html().select("#subject-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(empty.html().select("#body").text()).isEqualTo("Mon texte reste là.");
        assertThat(empty.html().select("input[name=from]").val()).isEqualTo("/account");

        Map<String, String> typed = fields(form, "BUG", "Un sujet", "Mon texte reste là.");
        TenantHttp.Page pdf =
                browser.postMultipart("/contact", typed, "screenshot", "capture.png", SampleFiles.pdf("not an image"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.html().select(".alert-danger").text()).contains("PNG, JPEG, GIF ou WebP");
        assertThat(pdf.html().select("#subject").val()).isEqualTo("Un sujet");
        assertThat(pdf.html().select("input[name=kind][checked]").val()).isEqualTo("BUG");

        TenantHttp.Page large =
                browser.postMultipart("/contact", typed, "screenshot", "capture.png", SampleFiles.png((int)
                        ContactDesk.MAX_SCREENSHOT_BYTES));
        assertThat(large.status()).isEqualTo(200);
        assertThat(large.html().select(".alert-danger").text()).contains("5 Mo");
        assertThat(large.html().select("#body").text()).isEqualTo("Mon texte reste là.");
        assertThat(browser.get("/contact/messages").html().select("#contact-messages tbody tr"))
                .as("nothing was sent")
                .isEmpty();
    }

    @Test
    void aMessagePassedOnReachesTheConsoleAndTheOwnersAnswerComesBackToTheAdministrators() {
        TenantProfile tenant = tenants.create("ctp");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User customer = accounts.customer(tenant, "client");
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(customer.email(), TestAccounts.PASSWORD);
        String id = sent(
                browser,
                browser.get("/contact?from=/account"),
                "QUESTION",
                "Export Excel ?",
                "Peut-on exporter en Excel ?",
                "",
                new byte[0]);

        TenantHttp.Client administrator = http.tenant(tenant);
        administrator.signIn(admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Page passed = administrator.postForm(
                "/admin/contact/" + id + "/pass-on",
                Map.of("note", "Une fonction prévue ?", "_csrf", administrator.csrfToken("/admin/contact/" + id)));
        assertThat(passed.status()).isEqualTo(302);
        assertThat(administrator
                        .get("/admin/contact")
                        .html()
                        .select("#contact-inbox tbody tr")
                        .text())
                .contains("Transmis à l'exploitant");

        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        Document list = owner.get("/messages?waiting=true").html();
        assertThat(list.select("#passed-on tbody tr").text()).contains(tenant.slug(), "Export Excel ?");
        String detail = list.select("#passed-on tbody tr:contains(" + tenant.slug() + ") a")
                .attr("href");
        Document message = owner.get(detail).html();
        assertThat(message.select("#passed-on-message").text())
                .contains("Peut-on exporter en Excel ?", "Une fonction prévue ?", "Test client")
                .doesNotContain(customer.email());
        TenantHttp.Page answered = owner.postForm(
                detail + "/answer",
                Map.of("body", "Prévu pour le prochain trimestre.", "_csrf", owner.csrfToken(detail)));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(owner.get(detail).html().select("#owner-answer").text())
                .isEqualTo("Prévu pour le prochain trimestre.");

        assertThat(Mailbox.waitFor(admin.email(), "L'exploitant de la plateforme a répondu")
                        .body())
                .contains("Prévu pour le prochain trimestre.");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(administrator
                                .get("/admin/contact/" + id)
                                .html()
                                .select("#contact-replies")
                                .text())
                        .contains("Prévu pour le prochain trimestre.", "Une fonction prévue ?"));
        assertThat(browser.get("/contact/messages/" + id)
                        .html()
                        .select("#contact-replies")
                        .text())
                .as("what passed between the administrators and the owner is not the customer's")
                .doesNotContain("Prévu pour le prochain trimestre.", "Une fonction prévue ?");
    }

    @Test
    void anErasedCustomersMessagesKeepNeitherHisNameNorHisAddress() {
        TenantProfile tenant = tenants.create("cte");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User customer = accounts.customer(tenant, "efface");
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(customer.email(), TestAccounts.PASSWORD);
        String id = sent(browser, browser.get("/contact"), "QUESTION", "Mes données", "Texte.", "", new byte[0]);
        TenantHttp.Client administrator = http.tenant(tenant);
        administrator.signIn(admin.email(), TestAccounts.PASSWORD);
        administrator.postForm(
                "/admin/contact/" + id + "/pass-on", Map.of("_csrf", administrator.csrfToken("/admin/contact/" + id)));

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(
                CurrentUser.ATTRIBUTE,
                new GuichetUser(
                        tenant.id(),
                        admin.id(),
                        admin.identitySubject().orElseThrow(),
                        admin.email(),
                        admin.displayName(),
                        Set.of(Role.TENANT_ADMIN),
                        Set.of(CorePermissions.USERS_MANAGE, CorePermissions.USERS_MANAGE_CUSTOMERS),
                        null,
                        null));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            TenantContext.run(tenant.id(), () -> administration.erase(customer.id()));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        String inbox = administrator.get("/admin/contact").html().select("main").text();
        String thread =
                administrator.get("/admin/contact/" + id).html().select("main").text();
        assertThat(inbox).contains("Mes données").doesNotContain("efface");
        assertThat(thread).contains("Texte.").doesNotContain("efface", customer.email());
        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        String detail = owner.get("/messages")
                .html()
                .select("#passed-on tbody tr:contains(" + tenant.slug() + ") a")
                .attr("href");
        assertThat(owner.get(detail).html().select("#passed-on-message").text())
                .contains("Texte.")
                .doesNotContain("efface");
    }

    /** Sends the contact form as a browser posts it; returns the new message's id. */
    static String sent(
            TenantHttp.Client browser,
            TenantHttp.Page form,
            String kind,
            String subject,
            String body,
            String fileName,
            byte[] file) {
        TenantHttp.Page sent =
                browser.postMultipart("/contact", fields(form, kind, subject, body), "screenshot", fileName, file);
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        String location = sent.header("Location");
        assertThat(location).contains("/contact/messages/");
        assertThat(browser.follow(sent).html().select(".alert-success").text())
                .isEqualTo("Votre message a été envoyé aux administrateurs.");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Map<String, String> fields(TenantHttp.Page form, String kind, String subject, String body) {
        Map<String, String> fields = form.inputs("form[action='/contact']");
        fields.remove("screenshot");
        fields.put("kind", kind);
        fields.put("subject", subject);
        fields.put("body", body);
        return fields;
    }
}
