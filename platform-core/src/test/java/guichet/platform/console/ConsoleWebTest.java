package guichet.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.persistence.TenantMigrations;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GuichetTest
class ConsoleWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TenantMigrations migrations;

    @Autowired
    TestAccounts accounts;

    /** The platform owner, signed in to the console. */
    private TenantHttp.Client owner() {
        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        return owner;
    }

    @Test
    void theOwnerCreatesATenantWhoseSchemaIsReadyAtOnce() {
        TenantHttp.Client owner = owner();
        String slug = TestTenants.uniqueSlug("form");
        TenantHttp.Page created = owner.postForm("/tenants", form(owner, slug, "Poste de Test", "TND"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);

        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location")).endsWith("/tenants/" + slug);
        TenantId id = new TenantId(slug);
        assertThat(migrations.pendingCount(id)).isZero();
        Document detail = owner.get("/tenants/" + slug).html();
        assertThat(detail.select("h1").text()).isEqualTo("Poste de Test");
        assertThat(detail.select("[role=status]").text()).contains("L'organisation a été créée");
        assertThat(http.tenant(catalog.find(id).orElseThrow()).get("/").status())
                .isEqualTo(200);

        // Its first administrator chooses his password from the e-mail and signs in.
        String email = "awa.diallo@" + slug + ".test";
        TenantHttp.Client admin = http.tenant(catalog.find(id).orElseThrow());
        TenantHttp.Page page =
                admin.follow(admin.getAbsolute(Mailbox.waitFor(email, "").link("action-token")));
        if (page.html().selectFirst("form#kc-passwd-update-form") == null) {
            page = admin.follow(admin.getAbsolute(
                    page.html().selectFirst("#kc-info a, a[href*=action-token]").absUrl("href")));
        }
        admin.submit(
                page,
                "form#kc-passwd-update-form",
                Map.of("password-new", "Awa-Choisit-2026!", "password-confirm", "Awa-Choisit-2026!"));
        TenantHttp.Client later = http.tenant(catalog.find(id).orElseThrow());
        later.signIn(email, "Awa-Choisit-2026!");
        assertThat(later.get("/admin/users").status()).as("an administrator").isEqualTo(200);
    }

    @Test
    void badInputIsExplainedInFrenchAndNothingTypedIsLost() {
        TenantHttp.Client owner = owner();
        Map<String, String> fields = form(owner, "Pas Bon!", "Mon organisation", "XYZ1");
        fields.put("timeZone", "Mars/Olympus");
        TenantHttp.Page page = owner.postForm("/tenants", fields);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("#slug-error").text()).startsWith("L'identifiant doit comporter");
        assertThat(html.select("#timeZone-error").text()).startsWith("Ce fuseau horaire est inconnu");
        assertThat(html.select("#currency-error").text()).startsWith("Cette devise est inconnue");
        assertThat(html.select("#slug").val()).isEqualTo("Pas Bon!");
        assertThat(html.select("#displayName").val()).isEqualTo("Mon organisation");
        assertThat(html.select("#timeZone").val()).isEqualTo("Mars/Olympus");
        assertThat(html.select("input[name=modules][value=claims]")).isEmpty();
    }

    @Test
    void theOwnerChoosesTheTenantsCurrencyAndRoundingRule() {
        TenantHttp.Client owner = owner();
        String slug = TestTenants.uniqueSlug("money");
        Map<String, String> fields = form(owner, slug, "Poste du Bénin", "xof");
        fields.put("rounding", "HALF_EVEN");
        assertThat(owner.postForm("/tenants", fields).status()).isEqualTo(302);

        TenantProfile created = catalog.find(new TenantId(slug)).orElseThrow();
        assertThat(created.currency().getCurrencyCode()).isEqualTo("XOF");
        assertThat(created.rounding()).isEqualTo(java.math.RoundingMode.HALF_EVEN);
        Document detail = owner.get("/tenants/" + slug).html();
        assertThat(detail.select("#tenant-rounding").text())
                .isEqualTo("Au plus proche, la moitié vers le chiffre pair (bancaire)");
        assertThat(owner.get("/tenants/new")
                        .html()
                        .select("#rounding option[selected]")
                        .val())
                .isEqualTo("HALF_UP");
    }

    @Test
    void aCurrencyWithoutSubunitOrAnUnofferedRoundingIsRefusedAndTheFormKept() {
        TenantHttp.Client owner = owner();
        Map<String, String> fields = form(owner, TestTenants.uniqueSlug("xxx"), "Sans centimes", "XXX");
        fields.put("rounding", "UNNECESSARY");
        Document html = owner.postForm("/tenants", fields).html();
        assertThat(html.select("#currency-error").text()).startsWith("Cette devise ne convient pas aux prix");
        assertThat(html.select("#rounding-error").text()).isEqualTo("Choisissez l'une des règles d'arrondi proposées.");
        assertThat(html.select("#currency").val()).isEqualTo("XXX");
        assertThat(html.select("#displayName").val()).isEqualTo("Sans centimes");
    }

    @Test
    void errorsSpeakTheOwnersLanguage() {
        TenantHttp.Client owner = owner();
        owner.get("/?lang=ar");
        TenantHttp.Page page = owner.postForm("/tenants", form(owner, "", "", "TND"));
        assertThat(page.html().selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.html().select("#slug-error").text()).isEqualTo("هذا الحقل إلزامي.");
    }

    @Test
    void aTakenSlugIsRefusedWithAClearMessage() {
        TenantProfile existing = tenants.create("taken");
        TenantHttp.Client owner = owner();
        TenantHttp.Page page = owner.postForm("/tenants", form(owner, existing.slug(), "Doublon", "TND"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#slug-error").text())
                .isEqualTo("Cet identifiant est déjà utilisé par une autre organisation.");
    }

    @Test
    void theOwnerSuspendsResumesAndGrantsModules() {
        TenantProfile tenant = tenants.create("ops");
        TenantHttp.Client owner = owner();
        String token = owner.csrfToken("/tenants/" + tenant.slug());

        assertThat(owner.postForm("/tenants/" + tenant.slug() + "/status", Map.of("action", "suspend", "_csrf", token))
                        .status())
                .isEqualTo(302);
        assertThat(http.tenant(tenant).get("/").status()).isEqualTo(403);
        owner.postForm("/tenants/" + tenant.slug() + "/status", Map.of("action", "resume", "_csrf", token));
        assertThat(http.tenant(tenant).get("/").status()).isEqualTo(200);

        assertThat(owner.postForm(
                                "/tenants/" + tenant.slug() + "/modules",
                                Map.of("module", "no-such-module", "action", "grant", "_csrf", token))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        TenantProfile tenant = tenants.create("csrf");
        TenantHttp.Page page = owner().postForm("/tenants/" + tenant.slug() + "/status", Map.of("action", "suspend"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(catalog.find(tenant.id()).orElseThrow().isActive()).isTrue();
    }

    private static Map<String, String> form(TenantHttp.Client owner, String slug, String name, String currency) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", owner.csrfToken("/tenants/new"));
        fields.put("slug", slug);
        fields.put("displayName", name);
        fields.put("defaultLocale", "fr");
        fields.put("timeZone", "Africa/Tunis");
        fields.put("currency", currency);
        fields.put("theme", "poste");
        fields.put("adminFirstName", "Awa");
        fields.put("adminLastName", "Diallo");
        fields.put("adminEmail", "awa.diallo@" + (slug.isBlank() ? "none" : slug) + ".test");
        return fields;
    }
}
