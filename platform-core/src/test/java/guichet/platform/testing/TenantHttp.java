package guichet.platform.testing;

import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Real HTTP against the running application, addressed by Host header the way a browser reaches a tenant at
 * {@code <slug>.<base-domain>}. Each {@link Client} keeps its own cookies, like a browser.
 */
@TestComponent
public class TenantHttp {

    private final Environment environment;
    private final TenancyProperties tenancy;

    TenantHttp(Environment environment, TenancyProperties tenancy) {
        this.environment = environment;
        this.tenancy = tenancy;
    }

    /** The port the application listens on, known once the server has started. */
    public int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    /** A browser-like client of a tenant's portal. */
    public Client tenant(TenantProfile tenant) {
        return host(tenancy.subdomainHost(tenant.id()));
    }

    /** A browser-like client of the platform console. */
    public Client console() {
        return host(tenancy.baseDomain());
    }

    /** A client of any host name, known or not. */
    public Client host(String host) {
        return new Client(host);
    }

    /** A response, with its body parsed as HTML on demand. */
    public record Page(int status, String body, java.net.http.HttpHeaders headers) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** One visitor of one host. */
    public final class Client {
        private final String host;
        private final HttpClient http;

        private Client(String host) {
            this.host = host;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        public Page get(String path) {
            return send(request(path).GET().build());
        }

        public Page get(String path, String accept) {
            return send(request(path).header("Accept", accept).GET().build());
        }

        /** Posts a form, as a browser does. */
        public Page postForm(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        /** The CSRF token of a page's form, as a browser would post it back. */
        public String csrfToken(String formPagePath) {
            return get(formPagePath).html().selectFirst("input[name=_csrf]").attr("value");
        }

        private HttpRequest.Builder request(String path) {
            int port = port();
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Host", host + ":" + port)
                    .timeout(Duration.ofSeconds(30));
        }

        private Page send(HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return new Page(response.statusCode(), response.body(), response.headers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
