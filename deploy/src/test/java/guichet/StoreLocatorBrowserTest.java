package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.testing.TenantHttp;
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
