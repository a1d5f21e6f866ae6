package guichet.platform.shell;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import guichet.platform.web.TenantTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

@GuichetTest
class ShellWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantHttp http;

    @Autowired
    MessageSource messages;

    @Autowired
    TenantTime time;

    @Test
    void pagesAreFrenchByDefault() {
        Document home = http.tenant(tenants.create("fr")).get("/").html();
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(home.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(home.select("a.g-skip").text()).isEqualTo("Aller au contenu");
    }

    @Test
    void anArabicPageReadsRightToLeftAndTheChoiceIsRemembered() {
        TenantHttp.Client visitor = http.tenant(tenants.create("ar"));
        Document arabic = visitor.get("/?lang=ar").html();
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(arabic.select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.endsWith("bootstrap.rtl.min.css"));
        assertThat(arabic.select("a.g-skip").text()).isEqualTo("انتقل إلى المحتوى");

        Document next = visitor.get("/").html();
        assertThat(next.selectFirst("html").attr("dir"))
                .as("remembered in a cookie")
                .isEqualTo("rtl");
        Document english = visitor.get("/?lang=en").html();
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("html").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void theLanguageSwitcherKeepsThePageAndWorksWithoutJavaScript() {
        Document home = http.tenant(tenants.create("switch")).get("/?page=2").html();
        assertThat(home.select(".g-languages a").eachAttr("href"))
                .containsExactly("/?page=2&lang=fr", "/?page=2&lang=en", "/?page=2&lang=ar");
        assertThat(home.select(".g-languages a[aria-current]").text()).isEqualTo("Français");
    }

    @Test
    void aTenantsVocabularyReplacesTheDefaultWordsInItsOwnPagesOnly() {
        TenantProfile distributor = tenants.create(
                "voc",
                "base",
                Map.of(
                        "fr", Map.of("term.tickets", "Demandes d'assistance"),
                        "en", Map.of("term.tickets", "Support requests")));
        TenantProfile operator = tenants.create("voc");

        assertThat(TenantContext.call(distributor.id(), () -> messages.getMessage("term.tickets", null, Locale.FRENCH)))
                .isEqualTo("Demandes d'assistance");
        assertThat(TenantContext.call(
                        distributor.id(), () -> messages.getMessage("term.tickets", null, Locale.ENGLISH)))
                .isEqualTo("Support requests");
        assertThat(TenantContext.call(operator.id(), () -> messages.getMessage("term.tickets", null, Locale.FRENCH)))
                .isEqualTo("Réclamations");
        assertThat(TenantContext.call(
                        distributor.id(), () -> messages.getMessage("term.tickets", new Object[] {"x"}, Locale.FRENCH)))
                .as("an apostrophe typed by a tenant stays an apostrophe")
                .isEqualTo("Demandes d'assistance");
    }

    @Test
    void datesShowInTheTenantsTimeZone() {
        TenantProfile tunis = tenants.create("tz");
        Instant noon = Instant.parse("2026-01-15T12:00:00Z");
        assertThat(TenantContext.call(tunis.id(), () -> time.iso(noon))).isEqualTo("2026-01-15T13:00:00+01:00");
        assertThat(TenantContext.callAsPlatform(() -> time.iso(noon))).isEqualTo("2026-01-15T12:00:00Z");
    }
}
