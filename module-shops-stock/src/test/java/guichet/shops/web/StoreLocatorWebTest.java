package guichet.shops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.ShiftedClock;
import guichet.platform.testing.TenantHttp;
import guichet.shops.sites.ShopSettings;
import guichet.shops.sites.SiteDirectory;
import guichet.shops.sites.SiteRejected;
import guichet.shops.sites.SpecialDay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The store locator as a visitor without an account uses it on atlas's host: from a position in Tunis, at noon on a
 * fixed Wednesday of the test clock, the nearest shops in distance order, open or closed now; a shop closed for a
 * holiday is marked so and left out of « open now ».
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class StoreLocatorWebTest {

    /** Wednesday 10 February 2027, noon in Tunis: no public holiday, the shops open 09:00-19:00. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 2, 10);

    private static final ZoneId TUNIS = ZoneId.of("Africa/Tunis");

    /** Near the Tunis Centre shop (TUN-01, 0.7 km away), then Ariana, Ben Arous, Lac 2 and La Marsa. */
    private static final String HERE = "lat=36.8065&lon=10.1815";

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    ShiftedClock clock;

    @Autowired
    SiteDirectory directory;

    @Autowired
    ShopSettings shopSettings;

    private TenantProfile atlas;
    private SpecialDay holiday;

    @BeforeEach
    void aHolidayAtTheNearestShopAtNoonOnWednesday() {
        atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        clock.setTo(WEDNESDAY.atTime(LocalTime.NOON).atZone(TUNIS).toInstant());
        holiday = TenantContext.call(
                atlas.id(), () -> directory.setSpecialDay("TUN-01", WEDNESDAY, null, null, "Fermeture exceptionnelle"));
    }

    @AfterEach
    void holidayRemovedAndClockBack() {
        TenantContext.run(atlas.id(), () -> directory.removeSpecialDay("TUN-01", holiday.id()));
        clock.reset();
    }

    @Test
    void anAnonymousVisitorGetsTheThreeNearestOpenShopsInDistanceOrder() {
        Document page =
                http.tenant(atlas).get("/shops/locator?" + HERE + "&open=true").html();

        assertThat(page.select(".g-found > li").eachAttr("data-code"))
                .containsExactly("ARI-01", "BAR-01", "TUN-02", "MRS-01", "SOU-01");
        assertThat(page.select(".g-found > li .g-distance").eachText()).startsWith("à 6,4 km", "à 6,8 km", "à 9,3 km");
        assertThat(page.select(".g-found > li .badge").eachText()).containsOnly("Ouvert");
        assertThat(page.select(".g-found > li").first().text()).contains("jusqu'à 19:00");
    }

    @Test
    void theShopClosedForTheHolidayIsMarkedSoWithItsNextOpening() {
        Document page = http.tenant(atlas).get("/shops/locator?" + HERE).html();

        Element nearest = page.selectFirst(".g-found > li");
        assertThat(nearest.attr("data-code")).isEqualTo("TUN-01");
        assertThat(nearest.select(".badge").text()).isEqualTo("Fermé");
        assertThat(nearest.select(".g-special-day").text()).isEqualTo("Fermeture exceptionnelle");
        assertThat(nearest.select(".g-next-opening").text()).isEqualTo("ouvre jeudi 11 février à 09:00");
        assertThat(page.select(".g-found > li").eachAttr("data-code"))
                .containsExactly("TUN-01", "ARI-01", "BAR-01", "TUN-02", "MRS-01");
    }

    @Test
    void aTownTypedIsPlacedAmongItsShopsAndAnUnknownOneIsAClearError() {
        Document tunis = http.tenant(atlas).get("/shops/locator?where=tunis").html();
        // « Tunis » stands for the middle of its two shops, which come first.
        assertThat(tunis.select(".g-found > li").eachAttr("data-code").subList(0, 2))
                .containsExactlyInAnyOrder("TUN-01", "TUN-02");

        Document nowhere =
                http.tenant(atlas).get("/shops/locator?where=Tataouine").html();
        assertThat(nowhere.select(".alert-danger").text()).startsWith("Ville inconnue");
        assertThat(nowhere.select("#where").val()).isEqualTo("Tataouine");
        assertThat(nowhere.select(".g-found")).isEmpty();
    }

    @Test
    void theTenantsTileServerIsTheOnlyOtherOriginThePageMayLoadImagesFrom() {
        TenantHttp.Page plain = http.tenant(atlas).get("/shops/locator?" + HERE);
        assertThat(plain.header("Content-Security-Policy")).contains("img-src 'self' data:;");
        assertThat(plain.html().select(".g-map").attr("data-tiles")).isEmpty();

        assertThatThrownBy(() -> TenantContext.run(
                        atlas.id(), () -> shopSettings.setTiles("javascript:alert(1)//{z}/{x}/{y}", null)))
                .isInstanceOf(SiteRejected.class);
        TenantContext.run(
                atlas.id(), () -> shopSettings.setTiles("https://tiles.example.org/{z}/{x}/{y}.png", "© Exemple"));
        try {
            TenantHttp.Page tiled = http.tenant(atlas).get("/shops/locator?" + HERE);
            assertThat(tiled.header("Content-Security-Policy"))
                    .contains("img-src 'self' data: https://tiles.example.org;")
                    .contains("script-src 'self';");
            assertThat(tiled.html().select(".g-map").attr("data-tiles"))
                    .isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
            assertThat(http.tenant(atlas).get("/shops").header("Content-Security-Policy"))
                    .doesNotContain("tiles.example.org");
        } finally {
            TenantContext.run(atlas.id(), () -> shopSettings.setTiles(null, null));
        }
    }

    @Test
    void theApiAnswersTheSameForAnyone() {
        TenantHttp.Page found =
                http.tenant(atlas).get("/api/shops/nearest?" + HERE + "&count=3&open=true", "application/json");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body())
                .containsSubsequence("\"ARI-01\"", "\"BAR-01\"", "\"TUN-02\"")
                .doesNotContain("TUN-01");
        assertThat(http.tenant(atlas)
                        .get("/api/shops/nearest?lat=91&lon=10", "application/json")
                        .status())
                .isEqualTo(400);
    }
}
