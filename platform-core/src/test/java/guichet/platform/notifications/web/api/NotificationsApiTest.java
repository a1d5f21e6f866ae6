package guichet.platform.notifications.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.notifications.Inbox;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.Notification.Recipient;
import guichet.platform.notifications.Notifications;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The caller's notifications over the API: his own only, and only with a token of his tenant. */
@GuichetTest
class NotificationsApiTest {

    private static final String KIND = "core.customer-registered";
    private final JsonMapper json = JsonMapper.builder().build();

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

    @Test
    void theCallerListsHisNotificationsNewestFirstAndMarksOneRead() {
        TenantProfile tenant = tenants.create("api");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        send(tenant, agent, "Alice");
        send(tenant, agent, "Bruno");
        String token = accounts.accessToken(tenant, agent.email(), TestAccounts.PASSWORD);

        TenantHttp.Page listed = http.tenant(tenant).getWithToken("/api/notifications?size=1", token);
        assertThat(listed.status()).isEqualTo(200);
        JsonNode page = json.readTree(listed.body());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("title").asString()).isEqualTo("Nouvelle inscription : Bruno");
        assertThat(newest.get("kind").asString()).isEqualTo(KIND);
        assertThat(newest.get("link").asString()).isEqualTo("/admin/users/" + agent.id());
        assertThat(newest.get("readAt").isNull()).isTrue();

        UUID id = UUID.fromString(newest.get("id").asString());
        assertThat(http.tenant(tenant)
                        .postWithToken("/api/notifications/" + id + "/read", token)
                        .status())
                .isEqualTo(204);
        JsonNode after = json.readTree(
                http.tenant(tenant).getWithToken("/api/notifications", token).body());
        assertThat(after.get("items").get(0).get("readAt").isNull()).isFalse();
        assertThat(after.get("items").get(1).get("readAt").isNull()).isTrue();
        assertThat(TenantContext.call(tenant.id(), () -> inbox.unreadCount(agent.id())))
                .isEqualTo(1);
    }

    @Test
    void anotherUsersNotificationIs404AndAnotherTenantsTokenOrNoneIs401() {
        TenantProfile tenant = tenants.create("apix");
        TenantProfile other = tenants.create("apiy");
        User owner = accounts.staff(tenant, "owner", Role.AGENT);
        User intruder = accounts.staff(tenant, "intruder", Role.TENANT_ADMIN);
        User foreigner = accounts.staff(other, "admin", Role.TENANT_ADMIN);
        send(tenant, owner, "Alice");
        UUID theirs = TenantContext.call(
                tenant.id(),
                () -> inbox.of(owner.id(), org.springframework.data.domain.Pageable.unpaged())
                        .getContent()
                        .getFirst()
                        .id());
        String path = "/api/notifications/" + theirs + "/read";

        String intruderToken = accounts.accessToken(tenant, intruder.email(), TestAccounts.PASSWORD);
        TenantHttp.Page notFound = http.tenant(tenant).postWithToken(path, intruderToken);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json.readTree(http.tenant(tenant)
                                .getWithToken("/api/notifications", intruderToken)
                                .body())
                        .get("total")
                        .asLong())
                .isZero();

        String foreignToken = accounts.accessToken(other, foreigner.email(), TestAccounts.PASSWORD);
        assertThat(http.tenant(tenant).postWithToken(path, foreignToken).status())
                .isEqualTo(401);
        assertThat(http.tenant(tenant)
                        .getWithToken("/api/notifications", foreignToken)
                        .status())
                .isEqualTo(401);
        assertThat(http.tenant(other).postWithToken(path, foreignToken).status())
                .as("on its own host, the id is nobody's")
                .isEqualTo(404);
        assertThat(http.tenant(tenant)
                        .get("/api/notifications", "application/json")
                        .status())
                .isEqualTo(401);
        assertThat(TenantContext.call(tenant.id(), () -> inbox.unreadCount(owner.id())))
                .isEqualTo(1);
    }

    private void send(TenantProfile tenant, User to, String name) {
        TenantContext.run(
                tenant.id(),
                () -> notifications.send(Notification.of(KIND, Recipient.user(to.id()))
                        .message("mail.registration.subject", "mail.registration.body", name, "x@y.test", "Z", "C1")
                        .link("/admin/users/" + to.id())
                        .build()));
    }
}
