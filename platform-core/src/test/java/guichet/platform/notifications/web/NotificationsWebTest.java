package guichet.platform.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.notifications.Inbox;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.Notification.Recipient;
import guichet.platform.notifications.Notifications;
import guichet.platform.shell.Bell;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bell, the notifications page and the preferences page, over real HTTP for users signed in through Keycloak. */
@GuichetTest
class NotificationsWebTest {

    private static final String KIND = "core.customer-registered";

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Notifications notifications;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBellCountsUnreadNotificationsAndThePageListsThemNewestFirst() {
        TenantProfile tenant = tenants.create("bell");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/").html().select("#g-bell .g-bell-count")).isEmpty();

        for (String name : List.of("Alice", "Bruno", "Chloé")) {
            send(tenant, agent, name);
        }

        Element bell = browser.get("/").html().selectFirst("#g-bell");
        assertThat(bell.attr("href")).isEqualTo("/notifications");
        assertThat(bell.select(".g-bell-count").text()).isEqualTo("3");
        assertThat(bell.select(".visually-hidden").text()).isEqualTo("Notifications : 3 non lues");

        Document page = browser.get("/notifications").html();
        assertThat(page.select("main h2").eachText())
                .containsExactly(
                        "Non lue Nouvelle inscription : Chloé",
                        "Non lue Nouvelle inscription : Bruno",
                        "Non lue Nouvelle inscription : Alice");
        assertThat(page.select("main h2 a").eachAttr("href")).allMatch(href -> href.startsWith("/admin/users/"));
        assertThat(page.select("main time").eachAttr("datetime"))
                .as("in the tenant's time zone, Tunis")
                .allMatch(datetime -> datetime.endsWith("+01:00"));
        assertThat(page.select("main form[action$=/read] button").first().attr("aria-label"))
                .isEqualTo("Marquer « Nouvelle inscription : Chloé » comme lue");
    }

    @Test
    void notificationsAreMarkedReadWithPlainFormsOrInPlaceWithHtmx() {
        TenantProfile tenant = tenants.create("read");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        for (String name : List.of("Alice", "Bruno", "Chloé")) {
            send(tenant, agent, name);
        }
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        UUID newest = mine(tenant, agent).getFirst();

        TenantHttp.Page marked = browser.postForm(
                "/notifications/" + newest + "/read", Map.of("_csrf", browser.csrfToken("/notifications")));
        assertThat(marked.status()).isEqualTo(302);
        assertThat(marked.header("Location")).endsWith("/notifications");
        Document after = browser.follow(marked).html();
        assertThat(after.select("[role=status], .alert-success").text())
                .contains("La notification est marquée comme lue.");
        assertThat(after.select("#g-bell .g-bell-count").text()).isEqualTo("2");
        assertThat(after.select("#notification-" + newest + " .badge")).isEmpty();

        TenantHttp.Page fragment = browser.postForm(
                "/notifications/read-all",
                Map.of("_csrf", browser.csrfToken("/notifications"), "page", "0"),
                Map.of("HX-Request", "true"));
        assertThat(fragment.status()).isEqualTo(200);
        Document swapped = fragment.html();
        assertThat(swapped.select("html > body > #notification-results")).hasSize(1);
        assertThat(swapped.select("header, nav.g-navbar"))
                .as("only the fragment")
                .isEmpty();
        assertThat(swapped.select("li.g-unread")).isEmpty();
        assertThat(swapped.select("li.g-read")).hasSize(3);
        Element bell = swapped.selectFirst("#g-bell[hx-swap-oob=true]");
        assertThat(bell).isNotNull();
        assertThat(bell.select(".g-bell-count")).isEmpty();
        assertThat(TenantContext.call(tenant.id(), () -> inbox.unreadCount(agent.id())))
                .isZero();
    }

    /**
     * An agent told of every new claim may have thousands unread: the bell, on every page, counts a hundred at most
     * and shows « 99+ », its label saying « more than 99 » to a screen reader.
     */
    @Test
    void theBellCountsAHundredAtMostAndShowsNinetyNinePlus() {
        TenantProfile tenant = tenants.create("bellmany");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        jdbc.update(
                "insert into " + tenant.id().schemaName() + ".core_notification (id, user_id, kind, title, body,"
                        + " created_at) select gen_random_uuid(), ?, ?, 'Titre', 'Texte', now()"
                        + " from generate_series(1, 250)",
                agent.id().value(),
                KIND);

        assertThat(TenantContext.call(tenant.id(), () -> inbox.unreadCount(agent.id())))
                .isEqualTo(Bell.MOST);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        Element bell = browser.get("/").html().selectFirst("#g-bell");
        assertThat(bell).isNotNull();
        assertThat(bell.select(".g-bell-count").text()).isEqualTo("99+");
        assertThat(bell.select(".visually-hidden").text()).isEqualTo("Notifications : plus de 99 non lues");
    }

    @Test
    void anotherUsersNotificationAnswers404AndStaysUnread() {
        TenantProfile tenant = tenants.create("theirs");
        User owner = accounts.staff(tenant, "owner", Role.AGENT);
        User intruder = accounts.staff(tenant, "intruder", Role.TENANT_ADMIN);
        send(tenant, owner, "Alice");
        UUID theirs = mine(tenant, owner).getFirst();

        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(intruder.email(), TestAccounts.PASSWORD);
        TenantHttp.Page refused = browser.postForm(
                "/notifications/" + theirs + "/read", Map.of("_csrf", browser.csrfToken("/notifications")));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(browser.get("/notifications").html().select("main li")).isEmpty();
        assertThat(TenantContext.call(tenant.id(), () -> inbox.unreadCount(owner.id())))
                .isEqualTo(1);
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignIn() {
        TenantHttp.Client visitor = http.tenant(tenants.create("anon"));
        for (String page : List.of("/notifications", "/notifications/preferences")) {
            TenantHttp.Page answer = visitor.get(page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.header("Location")).as(page).endsWith("/login");
        }
        assertThat(visitor.get("/").html().select("#g-bell")).isEmpty();
    }

    @Test
    void staffChooseHowTheyAreNotifiedAndCustomersAreOfferedOnlyTheirKinds() {
        TenantProfile tenant = tenants.create("choice");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);

        Document form = browser.get("/notifications/preferences").html();
        assertThat(form.select("tbody th").eachText())
                .containsExactly("Réponse d'un administrateur à mon message", "Nouveau client inscrit sur l'espace");
        assertThat(form.select("input[name=email][value='" + KIND + "']").hasAttr("checked"))
                .isTrue();
        assertThat(form.select("input[name=inApp][value='" + KIND + "']").hasAttr("checked"))
                .isTrue();
        assertThat(form.select("input[name=email][value='" + KIND + "']").attr("aria-label"))
                .isEqualTo("Nouveau client inscrit sur l'espace : par courriel");

        TenantHttp.Page saved = browser.postForm(
                "/notifications/preferences",
                Map.of("_csrf", browser.csrfToken("/notifications/preferences"), "inApp", KIND));
        assertThat(saved.status()).isEqualTo(302);
        Document after = browser.follow(saved).html();
        assertThat(after.select(".alert-success").text()).isEqualTo("Vos choix de notifications sont enregistrés.");
        assertThat(after.select("input[name=email]").hasAttr("checked")).isFalse();
        assertThat(after.select("input[name=inApp]").hasAttr("checked")).isTrue();

        TenantHttp.Page refused = browser.postForm(
                "/notifications/preferences",
                Map.of("_csrf", browser.csrfToken("/notifications/preferences"), "email", "claims.nope"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select(".alert-danger").text())
                .isEqualTo("Ce type de notification ne vous est pas proposé. Rechargez la page et recommencez.");
        assertThat(browser.get("/notifications/preferences")
                        .html()
                        .select("input[name=inApp]")
                        .hasAttr("checked"))
                .as("nothing changed")
                .isTrue();

        User customer = accounts.customer(tenant, "client");
        TenantHttp.Client customerBrowser = http.tenant(tenant);
        customerBrowser.signIn(customer.email(), TestAccounts.PASSWORD);
        Document customerForm =
                customerBrowser.get("/notifications/preferences").html();
        // Of core's kinds, a customer is offered only the answers to what he wrote to the administrators.
        assertThat(customerForm.select("tbody th").eachText())
                .containsExactly("Réponse d'un administrateur à mon message");
    }

    @Test
    void thePagesReadRightToLeftInArabic() {
        TenantProfile tenant = tenants.create("rtl");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        send(tenant, agent, "Alice");
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);

        Document page = browser.get("/notifications?lang=ar").html();
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("main h1").text()).isEqualTo("الإشعارات");
        assertThat(page.select("#g-bell .visually-hidden").text()).isEqualTo("الإشعارات: 1 غير مقروءة");
        assertThat(browser.get("/notifications/preferences")
                        .html()
                        .select("main h1")
                        .text())
                .isEqualTo("إشعاراتي");
    }

    private void send(TenantProfile tenant, User to, String name) {
        TenantContext.run(
                tenant.id(),
                () -> notifications.send(Notification.of(KIND, Recipient.user(to.id()))
                        .message("mail.registration.subject", "mail.registration.body", name, "x@y.test", "Z", "C1")
                        .link("/admin/users/" + to.id())
                        .build()));
    }

    private List<UUID> mine(TenantProfile tenant, User user) {
        return TenantContext.call(
                tenant.id(),
                () -> inbox.of(user.id(), PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt"))).stream()
                        .map(notification -> notification.id())
                        .toList());
    }
}
