package guichet.platform.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a module may declare public: plain patterns under its own prefixes, nothing a request could disguise. */
class ModuleDescriptorTest {

    @Test
    void publicPathsUnderTheModulesOwnPrefixesAreAccepted() {
        assertThat(shops("/shops/locator/**", "/shops/{site}/hours", "/api/shops/locator", "/shops/forum/*/posts")
                        .publicPaths())
                .hasSize(4);
    }

    @Test
    void aPublicPathOutsideTheModuleOrDisguisedIsRefused() {
        for (String path : List.of(
                "/claims/status",
                "/shops",
                "/shopsx/locator",
                "/api/claims/x",
                "/shops/../claims",
                "/shops/./locator",
                "/shops/**/admin",
                "/shops/Locator",
                "/shops//locator",
                "/shops/locator/",
                "shops/locator",
                "/shops/loc%61tor")) {
            assertThatIllegalArgumentException().as(path).isThrownBy(() -> shops(path));
        }
    }

    @Test
    void aModuleWithoutPublicPathsHasNone() {
        assertThat(new ModuleDescriptor("shops", names(), List.of(), List.of(), "shops", 1).publicPaths())
                .isEmpty();
    }

    private static ModuleDescriptor shops(String... publicPaths) {
        return new ModuleDescriptor("shops", names(), List.of(), List.of(), "shops", 1, List.of(publicPaths));
    }

    private static Map<String, String> names() {
        return Map.of("fr", "Boutiques", "en", "Shops", "ar", "المتاجر");
    }
}
