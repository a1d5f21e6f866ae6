package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.MappedEndpoints.Operation;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.testing.TenantHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every operation of the base host, read from the application itself: the console answers the platform owner only
 * (anyone else is sent to sign in, a change without a token is refused), sign-up is public, and Stripe's webhook takes
 * signed events only. A tenant administrator's session is worth nothing there.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class ConsoleAccessMatrixTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Test
    void onlyTheOwnerReachesTheConsoleWhileSignUpIsPublic() {
        List<Operation> operations = new MappedEndpoints(mappings).consoleOperations();
        assertThat(operations).extracting(Operation::pattern).contains("/", "/modules", "/signup");
        TenantHttp.Client admin =
                http.tenant(catalog.find(new TenantId("atlas")).orElseThrow());
        admin.signIn("admin@atlas.demo", "demo");
        String tenantSession = admin.cookie("GUICHET_SESSION");
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            String path = operation.pattern();
            boolean signup = path.equals("/signup") || path.startsWith("/signup/");
            boolean webhook = path.equals("/billing/stripe/webhook");
            TenantHttp.Page anonymous = call(http.console(), operation, null);
            TenantHttp.Page carried = call(http.console(), operation, tenantSession);
            for (TenantHttp.Page answer : List.of(anonymous, carried)) {
                String who = answer == anonymous ? "anonymous " : "with a tenant's session ";
                boolean ok;
                if (webhook) {
                    ok = answer.status() == 400;
                } else if (signup) {
                    ok = operation.method().equals("get")
                            ? answer.status() < 500 && answer.status() != 302
                            : answer.status() == 403;
                } else if (operation.method().equals("get")) {
                    // A foreign session is dropped at its first use, and that request is sent back to the home page.
                    String location = String.valueOf(answer.header("Location"));
                    ok = answer.status() == 302
                            && (location.endsWith("/login")
                                    || (answer == carried
                                            && URI.create(location).getPath().equals("/")));
                } else {
                    ok = answer.status() == 403
                            || (answer.status() == 302
                                    && String.valueOf(answer.header("Location")).endsWith("/login"));
                }
                if (!ok) {
                    wrong.add(who + operation + " -> " + answer.status() + " " + answer.header("Location") + " "
                            + answer.body()
                                    .substring(0, Math.min(300, answer.body().length())));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private TenantHttp.Page call(TenantHttp.Client client, Operation operation, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + http.port() + operation.pattern()))
                .method(
                        operation.method().toUpperCase(java.util.Locale.ROOT),
                        operation.method().equals("get")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("a=b"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (session != null) {
            request.header("Cookie", "GUICHET_SESSION=" + session);
        }
        return client.send(request);
    }
}
