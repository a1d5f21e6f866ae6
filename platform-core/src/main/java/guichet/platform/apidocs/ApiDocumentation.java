package guichet.platform.apidocs;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/**}: one group per module (its {@link ModuleDescriptor#apiPrefixes()}) and one for
 * the platform's own endpoints, all behind the bearer scheme, every operation with its problem-detail errors. The
 * server is given as {@code /}, the host the document was read from, so the document is the same on every host.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** The group of the platform's own endpoints ({@code /api/me}, …). */
    static final String PLATFORM_GROUP = "platform";

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI guichetOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Guichet API")
                        .version("1")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0"))
                        .description("The REST API of a Guichet organisation, at /api on the organisation's own host"
                                + " (`https://<organisation>.<domain>/api`). Every call carries an access token of the"
                                + " organisation's own realm; a token of another organisation is refused. Errors are"
                                + " RFC 9457 problem details, in the language of Accept-Language (French by default)."))
                .servers(List.of(new Server().url("/").description("The organisation's host")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An access token issued by the organisation's Keycloak realm"
                                                + " (issuer `<keycloak>/realms/<organisation>`), audience `guichet-api`,"
                                                + " obtained with the authorization code flow and PKCE."))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** A group per module, and the platform's endpoints outside every module's prefix. */
    @Bean
    List<GroupedOpenApi> apiGroups(ModuleRegistry modules) {
        List<GroupedOpenApi> groups = new ArrayList<>();
        List<String> modulePaths = new ArrayList<>();
        for (ModuleDescriptor module : modules.all()) {
            List<String> owned = new ArrayList<>();
            for (String prefix : module.apiPrefixes()) {
                owned.add(prefix);
                owned.add(prefix + "/**");
            }
            modulePaths.addAll(owned);
            groups.add(GroupedOpenApi.builder()
                    .group(module.id())
                    .displayName(module.name(Locale.ENGLISH))
                    .pathsToMatch(owned.toArray(String[]::new))
                    .build());
        }
        groups.addFirst(GroupedOpenApi.builder()
                .group(PLATFORM_GROUP)
                .displayName("Platform")
                .pathsToMatch("/api/**")
                .pathsToExclude(modulePaths.toArray(String[]::new))
                .build());
        return groups;
    }

    /**
     * Only {@code /api} belongs in the document: a page controller that answers a {@code ResponseEntity} (a file
     * download, the theme) would otherwise show up. Not a {@code springdoc.paths-to-match} setting, which would override
     * every group's own paths.
     */
    @Bean
    GlobalOpenApiCustomizer onlyTheApi() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().keySet().removeIf(path -> !path.equals("/api") && !path.startsWith("/api/"));
            }
        };
    }

    /** Every operation answers the same errors: documented once here rather than on each endpoint. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            responses.putIfAbsent(
                    "400", problem("Invalid parameters or body; errors lists the fields, with their messages"));
            responses.putIfAbsent(
                    "401",
                    new ApiResponse()
                            .description("No token, or a token this organisation does not accept (another's, expired,"
                                    + " or its user deactivated or signed out since)"));
            responses.putIfAbsent(
                    "403", new ApiResponse().description("The token's user lacks the permission this endpoint needs"));
            responses.putIfAbsent("404", problem("No such record in this organisation"));
            operation.setResponses(responses);
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema field = new ObjectSchema();
        field.addProperty("field", new StringSchema().description("The field, as items[0].name"));
        field.addProperty("message", new StringSchema().description("What is wrong, in the client's language"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem detail");
        problem.addProperty("type", new StringSchema().format("uri").example("about:blank"));
        problem.addProperty("title", new StringSchema().example("Bad request"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("errors", new ArraySchema().items(field).description("The rejected fields, for a 400"));
        return problem;
    }
}
