package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.MappedEndpoints.Operation;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI document, read over HTTP as a client reads it: every {@code /api} operation the application maps is
 * in it (so a new endpoint cannot go undocumented), grouped per module, with the bearer scheme and the problem errors,
 * public and the same on every host.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    ModuleRegistry modules;

    private final JsonMapper json = JsonMapper.builder().build();
    private TenantProfile tenant;
    private TenantHttp.Page document;

    @BeforeAll
    void readTheDocument() {
        tenant = tenants.create("oad", "customers");
        document = http.tenant(tenant).get("/api-docs", "application/json");
    }

    @Test
    void everyMappedApiOperationIsDocumentedWithItsMethod() {
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        JsonNode paths = json.readTree(document.body()).path("paths");
        List<Operation> operations = new MappedEndpoints(mappings).apiOperations();
        assertThat(operations).extracting(Operation::pattern).contains("/api/me", "/api/customers/{number}");

        List<String> undocumented = new ArrayList<>();
        for (Operation operation : operations) {
            if (!paths.path(operation.pattern()).has(operation.method())) {
                undocumented.add(operation.method().toUpperCase() + " " + operation.pattern());
            }
        }
        assertThat(undocumented).as("operations missing from /api-docs").isEmpty();
        paths.propertyNames().forEach(path -> assertThat(path).startsWith("/api/"));
    }

    @Test
    void eachModuleHasItsGroupAndThePlatformOneHasTheRest() {
        for (ModuleDescriptor module : modules.all()) {
            TenantHttp.Page group = http.console().get("/api-docs/" + module.id(), "application/json");
            assertThat(group.status()).as(module.id()).isEqualTo(200);
            json.readTree(group.body())
                    .path("paths")
                    .propertyNames()
                    .forEach(path -> assertThat(module.apiPrefixes())
                            .as(path)
                            .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")));
        }
        JsonNode prospection =
                json.readTree(http.console().get("/api-docs/prospection").body());
        assertThat(prospection.path("paths").has("/api/forum/questions")).isTrue();
        JsonNode customers =
                json.readTree(http.console().get("/api-docs/customers").body());
        assertThat(customers.path("paths").has("/api/customers/{number}")).isTrue();
        JsonNode platform =
                json.readTree(http.console().get("/api-docs/platform").body());
        assertThat(platform.path("paths").has("/api/me")).isTrue();
        assertThat(platform.path("paths").has("/api/customers")).isFalse();
        assertThat(platform.path("paths").has("/api/forum/questions")).isFalse();
    }

    @Test
    void theBearerSchemeAndProblemErrorsAreDocumented() {
        JsonNode api = json.readTree(document.body());
        JsonNode bearer = api.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(api.path("security").toString()).contains("bearer");
        JsonNode me = api.path("paths").path("/api/me").path("get").path("responses");
        assertThat(me.has("401")).isTrue();
        assertThat(me.has("403")).isTrue();
        assertThat(me.path("404")
                        .path("content")
                        .path("application/problem+json")
                        .toString())
                .contains("#/components/schemas/Problem");
        assertThat(api.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("properties")
                        .has("errors"))
                .isTrue();
    }

    @Test
    void theDocumentIsPublicAndTheSameOnEveryHostNamingNoTenant() {
        TenantProfile other = tenants.create("oao");
        TenantHttp.Page console = http.console().get("/api-docs", "application/json");
        TenantHttp.Page elsewhere = http.tenant(other).get("/api-docs", "application/json");

        assertThat(console.status()).isEqualTo(200);
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(console.body()).isEqualTo(document.body()).isEqualTo(elsewhere.body());
        assertThat(document.body())
                .doesNotContain(tenant.id().slug())
                .doesNotContain(other.id().slug())
                .doesNotContain("localhost");
        assertThat(http.host("nope.localhost").get("/api-docs").status()).isEqualTo(404);
    }

    @Test
    void swaggerUiIsServedFromItsWebjarWithoutAToken() {
        TenantHttp.Client visitor = http.tenant(tenant);
        TenantHttp.Page ui = visitor.follow(visitor.get("/api-docs/ui"));
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.uri().getHost()).isEqualTo(visitor.uri("/").getHost());
        assertThat(ui.body()).contains("swagger-ui");
        for (String script : ui.html().select("script[src]").eachAttr("src")) {
            TenantHttp.Page asset = visitor.get(ui.uri().resolve(script).getRawPath());
            assertThat(asset.status()).as(script).isEqualTo(200);
        }
        TenantHttp.Page config = visitor.get("/api-docs/swagger-config", "application/json");
        assertThat(config.body()).contains("/api-docs/customers").contains("/api-docs/platform");
    }

    @Test
    void swaggerUiShowsTheOperationsInABrowserUnderThePortalsContentPolicy() throws InterruptedException {
        try (Browser browser = new Browser()) {
            browser.open(http.tenant(tenant).uri("/api-docs/ui").toString());
            String operation = ".opblock-summary-path[data-path^='/api/']";
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (!browser.exists(operation) && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(browser.exists(operation))
                    .as("%s at %s\n%s\n%s", operation, browser.url(), browser.console(), browser.source())
                    .isTrue();
        }
    }
}
