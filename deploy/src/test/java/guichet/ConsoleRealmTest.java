package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.realms.KeycloakAdmin;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.springframework.beans.factory.annotation.Autowired;

/** A tenant created in the console gets its realm at once, themed: its login page carries its name and colours. */
@PlatformTest
class ConsoleRealmTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    KeycloakAdmin keycloak;

    @Test
    void aTenantCreatedInTheConsoleHasItsOwnThemedRealm() {
        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        String slug = TestTenants.uniqueSlug("kiosk");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", owner.csrfToken("/tenants/new"));
        form.put("slug", slug);
        form.put("displayName", "Bornes Nord");
        form.put("defaultLocale", "fr");
        form.put("timeZone", "Africa/Porto-Novo");
        form.put("currency", "XOF");
        form.put("theme", "poste");
        form.put("modules", "claims");
        form.put("adminLastName", "Houngbo");
        form.put("adminEmail", "admin@" + slug + ".test");
        assertThat(owner.postForm("/tenants", form).status()).isEqualTo(302);

        TenantProfile tenant = catalog.find(new TenantId(slug)).orElseThrow();
        RealmRepresentation realm = keycloak.realm(slug).toRepresentation();
        assertThat(realm.getDisplayName()).isEqualTo("Bornes Nord");
        assertThat(realm.getLoginTheme()).isEqualTo("guichet-poste");
        assertThat(realm.getSupportedLocales()).containsExactlyInAnyOrder("fr", "en", "ar");
        assertThat(realm.isBruteForceProtected()).isTrue();
        assertThat(realm.isResetPasswordAllowed()).isTrue();
        assertThat(tenant.identity().issuer()).endsWith("/realms/" + slug);

        TenantHttp.Client visitor = http.tenant(tenant);
        Document login = visitor.follow(visitor.get("/login")).html();
        assertThat(login.title()).contains("Bornes Nord");
        assertThat(login.select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.contains("/login/guichet-poste/css/theme.css"));
        String themeCss = visitor.getAbsolute(
                        login.select("link[href$=theme.css]").first().absUrl("href"))
                .body();
        assertThat(themeCss).contains("--g-primary: #00407a");
    }
}
