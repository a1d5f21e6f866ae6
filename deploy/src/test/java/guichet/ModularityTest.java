package guichet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import guichetfixture.FixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: platform core and seven feature modules, each feature module using only platform core's named
 * interfaces and never another module. Also writes the module diagrams to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    /** The Keycloak provider jar is on the test classpath to be installed into Keycloak; it is no module of Guichet's. */
    static final ImportOption WITHOUT_KEYCLOAK_EXTENSIONS =
            location -> !location.contains("keycloak-extensions") && !location.contains("/test-classes/");

    private final ApplicationModules modules =
            ApplicationModules.of(GuichetApplication.class, WITHOUT_KEYCLOAK_EXTENSIONS);

    @Test
    void noModuleReachesIntoAnothersInternals() {
        modules.verify();
    }

    @Test
    void everyFeatureModuleIsItsOwnApplicationModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder(
                        "platform", "customers", "claims", "quotes", "stats", "shops", "offers", "prospection");
    }

    @Test
    void featureModulesDependOnPlatformCoreOnly() {
        modules.stream()
                .filter(module -> !module.getIdentifier().toString().equals("platform"))
                .forEach(module -> assertThat(module.getBootstrapDependencies(modules)
                                .map(ApplicationModule::getIdentifier)
                                .map(Object::toString))
                        .as(module.getIdentifier().toString())
                        .allMatch("platform"::equals));
    }

    @Test
    void theCheckCatchesAModuleUsingAnothersInternals() {
        // The fixture lives in test code, which the default import leaves out.
        ImportOption everything = location -> true;
        assertThatThrownBy(() -> ApplicationModules.of(FixtureApplication.class, everything)
                        .verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("beta")
                .hasMessageContaining("alpha.internal");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
