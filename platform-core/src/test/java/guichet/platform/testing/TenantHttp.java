package guichet.platform.testing;

import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Real HTTP against the running application at {@code <slug>.localhost}, the way a browser reaches a tenant (the JVM
 * resolves {@code *.localhost} through {@link LocalhostResolver}). Each {@link Client} keeps its own cookies, for
 * Guichet and Keycloak alike, and can sign in through the tenant's realm.
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
    public record Page(URI uri, int status, String body, HttpHeaders headers) {
        public Document html() {
            return Jsoup.parse(body, uri.toString());
        }

        /**
         * The values of a form's {@code <input>}s as a browser posts them: an unchecked box or radio button is left
         * out (selects and text areas are the caller's).
         */
        public Map<String, String> inputs(String formSelector) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            html().select(formSelector + " input").forEach(input -> {
                String type = input.attr("type");
                if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                    return;
                }
                fields.put(input.attr("name"), input.val());
            });
            return fields;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public boolean isRedirect() {
            return status >= 300 && status < 400 && header("Location") != null;
        }
    }

    /** One visitor of one host. */
    public final class Client {
        private final String host;
        private final CookieJar cookies = new CookieJar();
        private final HttpClient http;

        private Client(String host) {
            this.host = host;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        /** The address of a path on this client's host. */
        public URI uri(String path) {
            return URI.create("http://" + host + ":" + port() + path);
        }

        public Page get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        public Page get(String path, String accept) {
            return send(
                    HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
        }

        /** The value of a cookie this visitor holds for his host. */
        public String cookie(String name) {
            return cookies.value(host, name);
        }

        /** A request carrying a cookie header of the caller's choice, as an attacker would replay one. */
        public Page getWithCookie(String path, String cookieHeader) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Cookie", cookieHeader)
                    .GET());
        }

        /** A page at any address: a link from a mail, a Keycloak page. */
        public Page getAbsolute(String address) {
            return send(HttpRequest.newBuilder(URI.create(address)).GET());
        }

        /** A request with a bearer token, as an API client sends it. */
        public Page getWithToken(String path, String token) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .GET());
        }

        /** A request with extra headers, such as the {@code HX-Request} htmx sends. */
        public Page getWithHeaders(String path, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            headers.forEach(request::header);
            return send(request);
        }

        /** Sends a JSON body with a bearer token, as an API client does ({@code POST}, {@code PUT}…). */
        public Page sendJsonWithToken(String method, String path, String json, String token) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .method(method, HttpRequest.BodyPublishers.ofString(json)));
        }

        /** Posts a file with form fields as {@code multipart/form-data}, as a browser's upload form does. */
        public Page postMultipart(
                String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
            String boundary =
                    "----guichet" + java.util.UUID.randomUUID().toString().replace("-", "");
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(utf8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(utf8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        /** Posts a form to a path of this host, as a browser does. */
        public Page postForm(String path, Map<String, String> fields) {
            return postForm(uri(path), fields);
        }

        /** Posts a form to a path of this host with extra headers, as HTMX does ({@code HX-Request: true}). */
        public Page postForm(String path, Map<String, String> fields, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
            headers.forEach(request::header);
            return send(request);
        }

        /** A POST without a body, with a bearer token, as an API client sends it. */
        public Page postWithToken(String path, String token) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()));
        }

        /** Posts a form to any address (a Keycloak page's form, say). */
        public Page postForm(URI target, Map<String, String> fields) {
            return send(HttpRequest.newBuilder(target)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))));
        }

        /** Follows redirects, wherever they lead, until a page answers. */
        public Page follow(Page page) {
            Page current = page;
            for (int hops = 0; current.isRedirect() && hops < 20; hops++) {
                current = send(HttpRequest.newBuilder(current.uri().resolve(current.header("Location")))
                        .GET());
            }
            return current;
        }

        /**
         * Signs in through the tenant's (or the platform's) realm, as a person would, and returns the page he lands on:
         * a Guichet page, or a Keycloak page when more is asked (a second factor) or the sign-in failed.
         */
        public Page signIn(String email, String password) {
            Page login = follow(get("/login"));
            Element form = login.html().selectFirst("form#kc-form-login");
            if (form == null) {
                throw new IllegalStateException("No Keycloak sign-in form at " + login.uri() + ":\n" + login.body());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", email);
            fields.put("password", password);
            fields.put("credentialId", "");
            return follow(postForm(URI.create(form.absUrl("action")), fields));
        }

        /** Submits the form of a Keycloak page (a second-factor form, a password change) with these fields. */
        public Page submit(Page page, String formSelector, Map<String, String> fields) {
            Element form = page.html().selectFirst(formSelector);
            if (form == null) {
                throw new IllegalStateException("No form " + formSelector + " at " + page.uri() + ":\n" + page.body());
            }
            return follow(postForm(URI.create(form.absUrl("action")), fields));
        }

        /** The CSRF token of a page's form, as a browser would post it back. */
        public String csrfToken(String formPagePath) {
            Element token = follow(get(formPagePath)).html().selectFirst("input[name=_csrf]");
            if (token == null) {
                throw new IllegalStateException("No CSRF token on " + formPagePath);
            }
            return token.attr("value");
        }

        /** Sends a request and keeps the answer's body as bytes, as a file is downloaded. */
        public HttpResponse<byte[]> download(HttpRequest.Builder request) {
            try {
                return http.send(
                        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Sends any request built on {@link #uri(String)} with this visitor's cookies (a multipart upload, say). */
        public Page send(HttpRequest.Builder request) {
            try {
                HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                return new Page(built.uri(), response.statusCode(), response.body(), response.headers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
