package guichet.quotes.request.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.Product;
import guichet.platform.identity.Role;
import guichet.platform.sites.Site;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.quotes.QuotesMother;
import guichet.quotes.request.Appointment;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequestDesk;
import guichet.quotes.request.RequestStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A customer asks for a quote from the portal, with catalogue items, free wishes and an appointment; staff see it in
 * their queue, confirm the slot (both told by e-mail and in the platform), are reminded the day before by the job
 * (called directly), and a bad form comes back with what was typed and why.
 */
@GuichetTest
@Import(QuotesMother.class)
class QuoteRequestWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    QuotesMother mother;

    @Autowired
    QuoteRequestDesk desk;

    @Test
    void aCustomerAsksWithAnAppointmentAndStaffConfirmTheSlotThenBothAreReminded() {
        TenantProfile tenant = tenants.create("qreq", "quotes");
        User customer = accounts.customer(tenant, "client");
        User seller = accounts.staff(tenant, "vendeur", Role.SELLER);
        Product box = mother.product(tenant, "BOX-5G", "Box 5G Pro", "120.000");
        Site shop = mother.shop(tenant, "LAC", "Boutique du Lac");
        ZoneId zone = tenant.zoneId();
        LocalDateTime wished = LocalDate.now(zone).plusDays(3).atTime(10, 30);

        TenantHttp.Client portal = http.tenant(tenant);
        portal.signIn(customer.email(), TestAccounts.PASSWORD);
        String csrf = portal.csrfToken("/quotes/my/requests/new");
        TenantHttp.Page found = portal.postForm(
                "/quotes/my/requests/new", Map.of("_csrf", csrf, "q", "Box 5G", "search", "1", "message", "Bonjour"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("Box 5G Pro").contains("Bonjour");

        Map<String, String> form = new HashMap<>();
        form.put("_csrf", csrf);
        form.put("rows[0].ref", ItemRef.product(box.id()).toString());
        form.put("rows[0].label", "BOX-5G — Box 5G Pro");
        form.put("rows[0].quantity", "3");
        form.put("wanted", "Installation à domicile");
        form.put("message", "Je voudrais équiper mon bureau.");
        form.put("appointment", "VISIT");
        form.put("site", shop.id().value().toString());
        form.put("wishedAt", wished.toString());
        TenantHttp.Page sent = portal.follow(portal.postForm("/quotes/my/requests/new", form));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.html().select("table.g-requests tbody tr")).hasSize(1);
        String number = sent.html().select("table.g-requests tbody td").first().text();
        assertThat(number).matches("DDV-\\d{4}-0001");

        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(seller.email(), TestAccounts.PASSWORD);
        assertThat(staff.get("/quotes/requests").body()).contains(number);
        TenantHttp.Page page = staff.get("/quotes/requests/" + number);
        assertThat(page.html().select(".g-items li").text())
                .contains("3 × BOX-5G — Box 5G Pro".replace("BOX-5G — ", ""))
                .contains("Installation à domicile");
        assertThat(page.body()).contains("Boutique du Lac");

        LocalDateTime tomorrow = LocalDate.now(zone).plusDays(1).atTime(15, 0);
        String staffCsrf = staff.csrfToken("/quotes/requests/" + number);
        TenantHttp.Page confirmed = staff.follow(staff.postForm(
                "/quotes/requests/" + number + "/confirm",
                Map.of(
                        "_csrf",
                        staffCsrf,
                        "slot",
                        tomorrow.toString(),
                        "site",
                        shop.id().value().toString())));
        assertThat(confirmed.html().select(".g-status").text()).isEqualTo("Rendez-vous fixé");
        Mailbox.waitFor(customer.email(), "Rendez-vous confirmé");
        Mailbox.waitFor(seller.email(), "Rendez-vous confirmé");
        assertThat(portal.get("/notifications").body()).contains("Rendez-vous confirmé");
        assertThat(staff.get("/notifications").body()).contains("Rendez-vous confirmé");

        int reminded = TenantContext.call(tenant.id(), desk::remindTomorrowsAppointments);
        assertThat(reminded).isEqualTo(1);
        Mailbox.waitFor(customer.email(), "Rappel");
        Mailbox.waitFor(seller.email(), "Rappel");
        assertThat(TenantContext.call(tenant.id(), desk::remindTomorrowsAppointments))
                .as("once each")
                .isZero();
    }

    @Test
    void aBadFormComesBackWithWhatWasTypedAndWhy() {
        TenantProfile tenant = tenants.create("qbad", "quotes");
        User customer = accounts.customer(tenant, "client");
        TenantHttp.Client portal = http.tenant(tenant);
        portal.signIn(customer.email(), TestAccounts.PASSWORD);
        String csrf = portal.csrfToken("/quotes/my/requests/new");
        TenantHttp.Page refused = portal.postForm(
                "/quotes/my/requests/new",
                Map.of(
                        "_csrf", csrf,
                        "wanted", "Une fibre pour mon magasin",
                        "message", " ",
                        "appointment", "CALL",
                        "wishedAt",
                                LocalDateTime.now()
                                        .minusDays(1)
                                        .truncatedTo(ChronoUnit.MINUTES)
                                        .toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#form-errors li").text())
                .contains("Écrivez votre message.")
                .contains("Le créneau doit être à venir.");
        assertThat(refused.html().select("#wanted").text()).isEqualTo("Une fibre pour mon magasin");
    }

    @Test
    void staffRecordARequestForACustomerAndTheQueueShowsItUntilItIsClosed() {
        TenantProfile tenant = tenants.create("qstf", "quotes");
        User customer = accounts.customer(tenant, "client");
        User seller = accounts.staff(tenant, "vendeur", Role.SELLER);
        QuoteRequest call = mother.request(
                tenant,
                mother.customerOf(customer),
                customer,
                "Rappelez-moi.",
                Appointment.CALL,
                null,
                java.time.Instant.now().plus(2, ChronoUnit.DAYS),
                null);
        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(seller.email(), TestAccounts.PASSWORD);
        String csrf = staff.csrfToken("/quotes/requests/new");
        TenantHttp.Page unknown = staff.postForm(
                "/quotes/requests/new", Map.of("_csrf", csrf, "customer", "NOPE", "message", "Pour un client"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("Aucun client de ce numéro");

        String customerNumber = mother.in(tenant, () -> mother.customerNumber(mother.customerOf(customer)));
        TenantHttp.Page recorded = staff.follow(staff.postForm(
                "/quotes/requests/new",
                Map.of("_csrf", csrf, "customer", customerNumber, "message", "Mise à niveau après la panne")));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.html().select(".g-message").text()).isEqualTo("Mise à niveau après la panne");

        staff.postForm("/quotes/requests/" + call.number() + "/close", Map.of("_csrf", csrf));
        assertThat(mother.reread(tenant, call).status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(staff.get("/quotes/requests").body()).doesNotContain(call.number());
        assertThat(staff.get("/quotes/requests?show=done").body()).contains(call.number());
    }
}
