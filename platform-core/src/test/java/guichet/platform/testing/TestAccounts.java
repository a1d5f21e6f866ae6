package guichet.platform.testing;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.realms.ClientSecrets;
import guichet.platform.realms.RealmUsers;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts for tests, opened in the tenant's realm and in Guichet alike (without going through the administration
 * pages, whose own tests do that), and access tokens obtained the way a real client gets them: the authorization code
 * flow with PKCE against the tenant's realm.
 */
@TestComponent
public class TestAccounts {

    /** Long enough for the platform's password policy. */
    public static final String PASSWORD = "Guichet-Test-2026!";

    private final RealmUsers realmUsers;
    private final Users users;
    private final Customers customers;
    private final TransactionTemplate transactions;
    private final ClientSecrets secrets;
    private final TenancyProperties tenancy;
    private final Environment environment;

    TestAccounts(
            RealmUsers realmUsers,
            Users users,
            Customers customers,
            TransactionTemplate transactions,
            ClientSecrets secrets,
            TenancyProperties tenancy,
            Environment environment) {
        this.realmUsers = realmUsers;
        this.users = users;
        this.customers = customers;
        this.transactions = transactions;
        this.secrets = secrets;
        this.tenancy = tenancy;
        this.environment = environment;
    }

    /** A staff user with these roles, at no site. */
    public User staff(TenantProfile tenant, String name, Role... roles) {
        String email = name + "@" + tenant.slug() + ".test";
        String subject = realmAccount(tenant.slug(), email, name, Set.of(roles));
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status -> {
                    User user = User.staff(email, "Test", name, Instant.now());
                    user.linkIdentity(subject, Instant.now());
                    user.mirrorRoles(ids(roles), Instant.now());
                    return users.save(user);
                }));
    }

    /** A customer's account, with a customer record of its own. */
    public User customer(TenantProfile tenant, String name) {
        return customerWithRole(tenant, name, Role.CUSTOMER);
    }

    /** A customer's account holding a customer-side role (customer or reseller). */
    public User customerWithRole(TenantProfile tenant, String name, Role role) {
        String email = name + "@" + tenant.slug() + ".test";
        String subject = realmAccount(tenant.slug(), email, name, Set.of(role));
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status -> {
                    Customer customer = customers.save(Customer.person(
                            customers.nextNumber(), Customer.Stage.CUSTOMER, "Test", name, Instant.now()));
                    User user = User.customerAccount(customer.id(), email, "Test", name, Instant.now());
                    user.linkIdentity(subject, Instant.now());
                    user.mirrorRoles(Set.of(role.id()), Instant.now());
                    return users.save(user);
                }));
    }

    /** The platform owner's account, opened once per Keycloak. */
    public String platformOwner() {
        String email = "owner@platform.test";
        if (realmUsers.findByEmail(TenantRealms.PLATFORM_REALM, email).isEmpty()) {
            String subject = realmUsers.create(
                    TenantRealms.PLATFORM_REALM, new RealmUsers.NewAccount(email, "Owner", "Platform", PASSWORD, true));
            realmUsers.grant(TenantRealms.PLATFORM_REALM, subject, Role.PLATFORM_OWNER);
        }
        return email;
    }

    /**
     * An access token for Guichet's API, for this user of this realm, obtained through the tenant portal's client with
     * the authorization code flow and PKCE.
     */
    public String accessToken(TenantProfile tenant, String email, String password) {
        try {
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieJar())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String issuer =
                    environment.getRequiredProperty("guichet.identity.keycloak.url") + "/realms/" + tenant.slug();
            String redirect = "http://" + tenancy.subdomainHost(tenant.id()) + ":"
                    + environment.getRequiredProperty("local.server.port") + "/login/oauth2/code/" + tenant.slug();
            String verifier = randomUrlSafe();
            String challenge = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            URI authorize = URI.create(issuer + "/protocol/openid-connect/auth?"
                    + form(Map.of(
                            "client_id",
                            TenantRealms.PORTAL_CLIENT,
                            "response_type",
                            "code",
                            "scope",
                            "openid",
                            "redirect_uri",
                            redirect,
                            "code_challenge",
                            challenge,
                            "code_challenge_method",
                            "S256")));
            HttpResponse<String> loginPage =
                    http.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
            Element loginForm =
                    Jsoup.parse(loginPage.body(), authorize.toString()).selectFirst("form#kc-form-login");
            if (loginForm == null) {
                throw new IllegalStateException("No sign-in form from " + issuer + ": " + loginPage.body());
            }
            HttpResponse<String> signedIn = http.send(
                    HttpRequest.newBuilder(URI.create(loginForm.absUrl("action")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    form(Map.of("username", email, "password", password, "credentialId", ""))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = signedIn.headers()
                    .firstValue("Location")
                    .orElseThrow(
                            () -> new IllegalStateException("Sign-in refused for " + email + ": " + signedIn.body()));
            String code = queryParameter(URI.create(location), "code");
            String basic = Base64.getEncoder()
                    .encodeToString((TenantRealms.PORTAL_CLIENT + ":" + secrets.forRealm(tenant.slug()))
                            .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = http.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Authorization", "Basic " + basic)
                            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                    "grant_type", "authorization_code",
                                    "code", code,
                                    "redirect_uri", redirect,
                                    "code_verifier", verifier))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var matcher = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(token.body());
            if (!matcher.find()) {
                throw new IllegalStateException("No access token: " + token.body());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String realmAccount(String realm, String email, String lastName, Set<Role> roles) {
        String subject = realmUsers.create(realm, new RealmUsers.NewAccount(email, "Test", lastName, PASSWORD, true));
        realmUsers.setRoles(realm, subject, roles);
        return subject;
    }

    private static Set<String> ids(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::id).collect(Collectors.toSet());
    }

    private static String randomUrlSafe() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("No " + name + " in " + uri);
    }
}
