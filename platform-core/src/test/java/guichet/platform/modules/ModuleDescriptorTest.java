package guichet.platform.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

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

    @Test
    void aModuleOwnsItsApiAliasesAsItsOwnPrefix() {
        ModuleDescriptor quotes = new ModuleDescriptor(
                "quotes",
                names(),
                List.of(),
                List.of(),
                "quotes",
                1,
                List.of("/api/invoices/public/*"),
                List.of("/api/invoices"));

        assertThat(quotes.apiPrefixes()).containsExactly("/api/quotes", "/api/invoices");
        assertThat(quotes.owns("/api/invoices")).isTrue();
        assertThat(quotes.owns("/api/invoices/12/pdf")).isTrue();
        assertThat(quotes.owns("/api/invoicesx")).isFalse();
        assertThat(quotes.owns("/invoices")).isFalse();
        assertThat(quotes.publicPaths()).containsExactly("/api/invoices/public/*");
    }

    @Test
    void anAliasOutsideTheApiOrNamingTheModuleItselfIsRefused() {
        for (String alias : List.of("/invoices", "/api/quotes", "/api/Invoices", "/api/invoices/", "/api/in/voices")) {
            assertThatIllegalArgumentException()
                    .as(alias)
                    .isThrownBy(() -> new ModuleDescriptor(
                            "quotes", names(), List.of(), List.of(), "quotes", 1, List.of(), List.of(alias)));
        }
    }

    @Test
    void twoModulesOwningOneApiPrefixDoNotStart() {
        ModuleDescriptor quotes = new ModuleDescriptor(
                "quotes", names(), List.of(), List.of(), "quotes", 1, List.of(), List.of("/api/invoices"));
        ModuleDescriptor invoices = new ModuleDescriptor("invoices", names(), List.of(), List.of(), "invoices", 2);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("quotes", quotes);
        beans.addBean("invoices", invoices);

        assertThatIllegalStateException()
                .isThrownBy(() -> new ModuleRegistry(beans.getBeanProvider(ModuleDescriptor.class)))
                .withMessageContaining("/api/invoices");
    }

    private static ModuleDescriptor shops(String... publicPaths) {
        return new ModuleDescriptor("shops", names(), List.of(), List.of(), "shops", 1, List.of(publicPaths));
    }

    private static Map<String, String> names() {
        return Map.of("fr", "Boutiques", "en", "Shops", "ar", "المتاجر");
    }
}
