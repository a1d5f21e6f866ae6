package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.MappedEndpoints.Endpoint;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.identity.Role;
import guichet.platform.modules.Permissions;
import guichet.platform.security.HandlerPermissions;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of a tenant's host, for every role signed in through the portal: what the role's permissions allow
 * answers, everything else is 403; a visitor who is not signed in is sent to sign in. Pages are read from the
 * application itself, so a new one cannot escape the table, and one that declares no permission fails the build.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagePermissionMatrixTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    Permissions permissions;

    private final Map<Role, TenantHttp.Client> visitors = new EnumMap<>(Role.class);

    @BeforeAll
    void signInEveryRole() {
        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        Map<Role, String> accounts = Map.of(
                Role.TENANT_ADMIN, "admin",
                Role.AGENT, "agent",
                Role.SALES_REP, "sales",
                Role.SELLER, "seller",
                Role.CUSTOMER, "customer");
        accounts.forEach((role, who) -> {
            TenantHttp.Client visitor = http.tenant(atlas);
            TenantHttp.Page landing = visitor.signIn(who + "@atlas.demo", "demo");
            assertThat(landing.uri().getHost()).as(who).isEqualTo("atlas.localhost");
            visitors.put(role, visitor);
        });
    }

    @Test
    void everyGuichetHandlerOfATenantHostDeclaresItsPermission() {
        assertThat(new MappedEndpoints(mappings).undeclared()).isEmpty();
        assertThat(mappings.getHandlerMethods().values().stream()
                        .filter(HandlerPermissions::mustDeclare)
                        .count())
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void eachRoleReachesThePagesItsPermissionsAllowAndGets403Elsewhere() {
        List<Endpoint> pages = pages();
        assertThat(pages).extracting(Endpoint::path).contains("/admin/users", "/admin/history", "/account");
        List<String> wrong = new ArrayList<>();
        List<String> table = new ArrayList<>();
        for (Endpoint page : pages) {
            for (Map.Entry<Role, TenantHttp.Client> visitor : visitors.entrySet()) {
                Role role = visitor.getKey();
                boolean allowed = RequiresPermission.SIGNED_IN.equals(page.permission())
                        || permissions.grantedTo(Set.of(role)).contains(page.permission());
                int status = visitor.getValue().get(page.path()).status();
                table.add("%-28s %-22s %-14s %d".formatted(page.path(), page.permission(), role.id(), status));
                boolean ok = allowed ? status < 400 || status == 404 : status == 403;
                if (!ok) {
                    wrong.add(
                            page.path() + " as " + role.id() + ": " + status + (allowed ? " (allowed)" : " (denied)"));
                }
            }
        }
        assertThat(wrong).as(String.join("\n", table)).isEmpty();
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignIn() {
        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        for (Endpoint page : pages()) {
            TenantHttp.Page answer = http.tenant(atlas).get(page.path());
            assertThat(answer.status()).as(page.path()).isEqualTo(302);
            assertThat(answer.header("Location")).as(page.path()).endsWith("/login");
        }
    }

    private List<Endpoint> pages() {
        return new MappedEndpoints(mappings).guardedGets(false);
    }
}
