package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A module's public paths, as its descriptor declares them, are open to anonymous visitors on the hosts of tenants that
 * have the module, and nowhere else; the module's other pages still ask to sign in.
 */
@GuichetTest
class ModulePublicPathsWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantHttp http;

    TenantProfile withKiosk;
    TenantProfile withoutKiosk;

    @BeforeEach
    void tenants() {
        withKiosk = tenants.create("kioskyes", "kiosk");
        withoutKiosk = tenants.create("kioskno");
    }

    @Test
    void aPublicPathAnswersAnonymousVisitorsOfATenantThatHasTheModule() {
        TenantHttp.Page locator = http.tenant(withKiosk).get("/kiosk/locator");
        assertThat(locator.status()).isEqualTo(200);
        assertThat(locator.body()).isEqualTo("nearest kiosk");
        assertThat(http.tenant(withKiosk).get("/kiosk/locator/nearest").body()).isEqualTo("nearest kiosk");
        TenantHttp.Page api = http.tenant(withKiosk).get("/api/kiosk/hours", "application/json");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).isEqualTo("8-18");
    }

    @Test
    void aPublicPathIsNotFoundOnATenantWithoutTheModule() {
        assertThat(http.tenant(withoutKiosk).get("/kiosk/locator").status()).isEqualTo(404);
        assertThat(http.tenant(withoutKiosk)
                        .get("/api/kiosk/hours", "application/json")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theModulesOtherPathsStillAskToSignIn() {
        TenantHttp.Page stock = http.tenant(withKiosk).get("/kiosk/stock");
        assertThat(stock.status()).isEqualTo(302);
        assertThat(stock.header("Location")).endsWith("/login");
        assertThat(http.tenant(withKiosk)
                        .get("/api/kiosk/stock", "application/json")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aHandlerUnderAPublicPathThatDoesNotDeclarePublicStillAsksToSignIn() {
        TenantHttp.Page guarded = http.tenant(withKiosk).get("/kiosk/locator/admin");
        assertThat(guarded.status()).isEqualTo(302);
        assertThat(guarded.header("Location")).endsWith("/login");
    }

    @Test
    void aPublicPathIsMatchedAsRequestMappingSeesItNotAsDisguised() {
        assertThat(http.tenant(withKiosk).get("/kiosk/locator/../stock").status())
                .isNotEqualTo(200);
        assertThat(http.tenant(withKiosk).get("/kiosk/locator/%2e%2e/stock").status())
                .isNotEqualTo(200);
    }

    @TestConfiguration
    static class KioskModule {

        @Bean
        ModuleDescriptor kioskModule() {
            return new ModuleDescriptor(
                    "kiosk",
                    Map.of("fr", "Bornes", "en", "Kiosks", "ar", "أكشاك"),
                    List.of(),
                    List.of(),
                    "kiosk",
                    98,
                    List.of("/kiosk/locator/**", "/api/kiosk/hours"));
        }

        @Bean
        KioskPages kioskPages() {
            return new KioskPages();
        }
    }

    @RestController
    static class KioskPages {

        @GetMapping({"/kiosk/locator", "/kiosk/locator/nearest"})
        @RequiresPermission(RequiresPermission.PUBLIC)
        String locator() {
            return "nearest kiosk";
        }

        @GetMapping("/api/kiosk/hours")
        @RequiresPermission(RequiresPermission.PUBLIC)
        String hours() {
            return "8-18";
        }

        /** Under a public path but not public itself: the permission check still stands. */
        @GetMapping("/kiosk/locator/admin")
        @RequiresPermission(RequiresPermission.SIGNED_IN)
        String locatorAdmin() {
            return "admin";
        }

        @GetMapping({"/kiosk/stock", "/api/kiosk/stock"})
        @RequiresPermission(RequiresPermission.SIGNED_IN)
        String stock() {
            return "stock";
        }
    }
}
