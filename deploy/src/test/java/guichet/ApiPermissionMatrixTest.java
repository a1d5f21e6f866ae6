package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.MappedEndpoints.Endpoint;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.identity.Role;
import guichet.platform.modules.Permissions;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
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
 * Every {@code /api} endpoint, for every role: what the role's permissions allow answers, everything else is 403; no
 * token is 401, and a token of another tenant is 401. Endpoints are read from the application itself, so a new one
 * cannot escape the table.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiPermissionMatrixTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TenantHttp http;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    Permissions permissions;

    private TenantProfile atlas;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    @BeforeAll
    void tokensForEveryRole() {
        atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        tokens.put(Role.TENANT_ADMIN, accounts.accessToken(atlas, "admin@atlas.demo", "demo"));
        tokens.put(Role.AGENT, accounts.accessToken(atlas, "agent@atlas.demo", "demo"));
        tokens.put(Role.SALES_REP, accounts.accessToken(atlas, "sales@atlas.demo", "demo"));
        tokens.put(Role.SELLER, accounts.accessToken(atlas, "seller@atlas.demo", "demo"));
        tokens.put(Role.CUSTOMER, accounts.accessToken(atlas, "customer@atlas.demo", "demo"));
        accounts.customerWithRole(atlas, "reseller", Role.RESELLER);
        tokens.put(Role.RESELLER, accounts.accessToken(atlas, "reseller@atlas.test", TestAccounts.PASSWORD));
    }

    @Test
    void everyApiEndpointDeclaresThePermissionItNeeds() {
        assertThat(new MappedEndpoints(mappings).undeclared()).isEmpty();
        assertThat(endpoints()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void eachRoleReachesWhatItsPermissionsAllowAndGets403Elsewhere() {
        List<String> wrong = new ArrayList<>();
        List<String> table = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Map.Entry<Role, String> role : tokens.entrySet()) {
                boolean allowed = RequiresPermission.SIGNED_IN.equals(endpoint.permission())
                        || permissions.grantedTo(Set.of(role.getKey())).contains(endpoint.permission());
                int status = http.tenant(atlas)
                        .getWithToken(endpoint.path(), role.getValue())
                        .status();
                table.add("%-28s %-22s %-14s %d"
                        .formatted(
                                endpoint.path(),
                                endpoint.permission(),
                                role.getKey().id(),
                                status));
                boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == 403;
                if (!ok) {
                    wrong.add(endpoint.path() + " as " + role.getKey().id() + ": " + status
                            + (allowed ? " (allowed)" : " (denied)"));
                }
            }
        }
        assertThat(wrong).as(String.join("\n", table)).isEmpty();
    }

    @Test
    void withoutATokenOrWithAnotherTenantsEveryEndpointIs401() {
        TenantProfile medina = catalog.find(new TenantId("medina")).orElseThrow();
        String medinaToken = accounts.accessToken(medina, "admin@medina.demo", "demo");
        for (Endpoint endpoint : endpoints()) {
            assertThat(http.tenant(atlas)
                            .get(endpoint.path(), "application/json")
                            .status())
                    .as(endpoint.path())
                    .isEqualTo(401);
            assertThat(http.tenant(atlas)
                            .getWithToken(endpoint.path(), medinaToken)
                            .status())
                    .as(endpoint.path() + " with medina's token")
                    .isEqualTo(401);
        }
    }

    private List<Endpoint> endpoints() {
        return new MappedEndpoints(mappings).guardedGets(true);
    }
}
