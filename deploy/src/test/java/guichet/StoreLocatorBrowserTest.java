package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.ShiftedClock;
import guichet.platform.testing.TenantHttp;
import guichet.shops.sites.SiteDirectory;
import guichet.shops.sites.SpecialDay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The store locator in a real browser on atlas's host, for a visitor without an account: « Autour de moi » shares the
 * browser's position (granted, as a visitor allows it) and lists the nearest shops with a map of their markers —
 * Leaflet from its jar, within the pages' content security policy; typed, the town alone works too. The locator, the
 * shops pages and the stock pages fit a phone and a laptop, in French and in Arabic.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class StoreLocatorBrowserTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    ShiftedClock clock;

    @Autowired
    SiteDirectory directory;

    @Test
    void aVisitorSharesHisPositionAndSeesTheNearestShopsOnTheMap() {
        String atlas = "http://atlas.localhost:" + http.port();
        try (Browser visitor = new Browser()) {
            visitor.shareLocation(atlas, 36.8065, 10.1815);
            visitor.open(atlas + "/shops/locator");
            visitor.click(".g-locate-me");
            visitor.awaitUrl("where=");

            assertThat(visitor.text(".g-found li:first-child strong")).isEqualTo("Boutique Tunis Centre");
            assertThat(visitor.count(".g-found > li")).isEqualTo(5);
            visitor.find(".g-map .leaflet-marker-icon");
            assertThat(visitor.count(".g-map .leaflet-marker-icon"))
                    .as(visitor.console())
                    .isEqualTo(5);
            assertThat(visitor.console()).doesNotContain("Content Security Policy");

            visitor.open(atlas + "/shops/locator");
            visitor.type("#where", "Sousse");
            visitor.click(".g-locator-form button[type=submit]");
            visitor.awaitUrl("where=Sousse");
            assertThat(visitor.text(".g-found li:first-child strong")).isEqualTo("Boutique Sousse");
        }
    }

    /**
     * Issue 16's acceptance in the browser: at noon on a Wednesday of the test clock, in Tunis, with Tunis Centre closed
     * for the day, « open now » lists the three nearest open shops in distance order, and without the filter the
     * closed one comes first, marked so with the reason and its next opening.
     */
    @Test
    void atNoonTheNearestOpenShopsComeInDistanceOrderAndTheOneClosedForTheDayIsMarked() {
        TenantProfile atlasTenant = catalog.find(new TenantId("atlas")).orElseThrow();
        LocalDate wednesday = LocalDate.of(2027, 2, 10);
        clock.setTo(wednesday
                .atTime(LocalTime.NOON)
                .atZone(ZoneId.of("Africa/Tunis"))
                .toInstant());
        SpecialDay closed = TenantContext.call(
                atlasTenant.id(),
                () -> directory.setSpecialDay("TUN-01", wednesday, null, null, "Fermeture exceptionnelle"));
        String atlas = "http://atlas.localhost:" + http.port();
        try (Browser visitor = new Browser()) {
            visitor.shareLocation(atlas, 36.8065, 10.1815);
            visitor.open(atlas + "/shops/locator");
            visitor.click("#open");
            visitor.click(".g-locate-me");
            visitor.awaitUrl("open=true");
            assertThat(visitor.text(".g-found > li:nth-child(1) strong")).isEqualTo("Boutique Ariana");
            assertThat(visitor.text(".g-found > li:nth-child(2) strong")).isEqualTo("Boutique Ben Arous");
            assertThat(visitor.text(".g-found > li:nth-child(3) strong")).isEqualTo("Boutique Lac 2");
            assertThat(visitor.text(".g-found > li:nth-child(1) .g-distance")).isEqualTo("à 6,4 km");
            assertThat(visitor.text(".g-found")).doesNotContain("Boutique Tunis Centre");

            visitor.click("#open");
            visitor.click(".g-locate-me");
            visitor.awaitText(".g-found > li:nth-child(1) strong", "Boutique Tunis Centre");
            assertThat(visitor.text(".g-found > li:nth-child(1) .badge")).isEqualTo("Fermé");
            assertThat(visitor.text(".g-found > li:nth-child(1) .g-special-day"))
                    .isEqualTo("Fermeture exceptionnelle");
            assertThat(visitor.text(".g-found > li:nth-child(1) .g-next-opening"))
                    .isEqualTo("ouvre jeudi 11 février à 09:00");
        } finally {
            TenantContext.run(atlasTenant.id(), () -> directory.removeSpecialDay("TUN-01", closed.id()));
            clock.reset();
        }
    }

    @Test
    void theLocatorAndTheShopsPagesFitAPhoneAndALaptopInFrenchAndArabic() {
        String atlas = "http://atlas.localhost:" + http.port();
        SoftAssertions pages = new SoftAssertions();
        try (Browser visitor = new Browser()) {
            check(visitor, pages, atlas + "/shops/locator?where=Tunis");
        }
        try (Browser admin = new Browser()) {
            admin.open(atlas + "/login");
            admin.signInOnKeycloak("admin@atlas.demo", "demo");
            admin.awaitHost("atlas.localhost");
            check(
                    admin,
                    pages,
                    atlas + "/shops",
                    atlas + "/shops/sites/TUN-01",
                    atlas + "/shops/sites/TUN-01/edit",
                    atlas + "/shops/settings",
                    atlas + "/shops/stock",
                    atlas + "/shops/stock/movements",
                    atlas + "/shops/stock/move?site=TUN-01");
        }
        pages.assertAll();
    }

    private static void check(Browser browser, SoftAssertions pages, String... addresses) {
        for (int width : new int[] {375, 1280}) {
            browser.resize(width, 900);
            for (String language : new String[] {"fr", "ar"}) {
                for (String address : addresses) {
                    browser.open(address + (address.contains("?") ? "&" : "?") + "lang=" + language);
                    assertThat(browser.exists("main"))
                            .as(address + " shows a page")
                            .isTrue();
                    pages.assertThat(browser.overflow())
                            .as("%s at %d px in %s: wider than the window by", address, width, language)
                            .isLessThanOrEqualTo(0);
                }
            }
        }
    }
}
