package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import guichet.platform.Layer;
import guichetfixture.FixtureApplication;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure. Application modules are the packages annotated with {@code @ApplicationModule}
 * ({@code spring.modulith.detection-strategy=explicitly-annotated}): each feature module, and each package of platform
 * core, which stands in one of three layers (kernel ← shared model ← shared services, its {@link Layer}). Every module
 * uses only the modules its {@code package-info} allows, never another's internals, in no cycle; no platform module
 * uses one of a higher layer; feature modules depend on platform core only (events of another module's API aside).
 * Also writes the module diagrams to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    /**
     * The Keycloak provider jar is on the test classpath to be installed into Keycloak; it is no module of Guichet's, nor
     * is test code, whether test classes or the modules' test jars (their fixtures, which deploy's tests use).
     */
    static final ImportOption WITHOUT_KEYCLOAK_EXTENSIONS = location -> !location.contains("keycloak-extensions")
            && !location.contains("/test-classes/")
            && !location.contains("-tests.jar");

    private static final List<String> FEATURE_MODULES =
            List.of("customers", "claims", "quotes", "stats", "shops", "offers", "prospection");

    private final ApplicationModules modules =
            ApplicationModules.of(GuichetApplication.class, WITHOUT_KEYCLOAK_EXTENSIONS);

    @Test
    void noModuleReachesIntoAnothersInternalsOrFormsACycle() {
        modules.verify();
    }

    @Test
    void everyFeatureModuleIsItsOwnApplicationModule() {
        assertThat(featureModules().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrderElementsOf(FEATURE_MODULES);
    }

    @Test
    void everyPackageOfPlatformCoreIsAModuleOfOneLayer() {
        List<ApplicationModule> platform = modules.stream()
                .filter(module -> module.getBasePackage().getName().startsWith("guichet.platform."))
                .toList();
        assertThat(platform).hasSizeGreaterThan(20);
        assertThat(platform)
                .allSatisfy(module -> assertThat(layerOf(module))
                        .as("layer of %s", module.getIdentifier())
                        .isPresent());
    }

    @Test
    void noLayerOfPlatformCoreUsesAHigherOne() {
        assertThat(upwardDependencies(modules)).isEmpty();
    }

    @Test
    void featureModulesDependOnPlatformCoreOnly() {
        featureModules()
                .forEach(module -> assertThat(module.getBootstrapDependencies(modules)
                                .map(dependency -> dependency.getBasePackage().getName()))
                        .as(module.getIdentifier().toString())
                        .allMatch(name -> name.startsWith("guichet.platform.")));
    }

    @Test
    void theCheckCatchesAModuleUsingAnothersInternals() {
        assertThat(fixture().detectViolations().getMessage()).contains("beta").contains("alpha.internal");
    }

    @Test
    void theCheckCatchesACycleInsidePlatformCore() {
        assertThat(fixture().detectViolations().getMessage())
                .contains("Cycle detected")
                .contains("platform.low");
    }

    @Test
    void theLayerCheckCatchesAKernelModuleUsingAService() {
        assertThat(upwardDependencies(fixture()))
                .containsExactly("platform.low (KERNEL) -> platform.high (SERVICES): "
                        + "guichetfixture.platform.low.Foundation -> guichetfixture.platform.high.Service");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private java.util.stream.Stream<ApplicationModule> featureModules() {
        return modules.stream().filter(module -> layerOf(module).isEmpty());
    }

    /** The fixture lives in test code, which the default import leaves out. */
    private static ApplicationModules fixture() {
        ImportOption everything = location -> true;
        return ApplicationModules.of(FixtureApplication.class, everything);
    }

    /** Each dependency of a layered module on a module of a higher layer, as « from (layer) -> to (layer): types ». */
    static List<String> upwardDependencies(ApplicationModules modules) {
        return modules.stream()
                .flatMap(module -> layerOf(module).stream()
                        .flatMap(layer -> module.getDirectDependencies(modules)
                                .uniqueStream(
                                        dependency -> dependency.getSourceType().getName()
                                                + dependency.getTargetType().getName())
                                .filter(dependency -> layerOf(dependency.getTargetModule())
                                        .map(target -> target.compareTo(layer) > 0)
                                        .orElse(false))
                                .map(dependency -> describe(module, layer, dependency))))
                .distinct()
                .sorted()
                .toList();
    }

    private static String describe(ApplicationModule module, Layer.Name layer, ApplicationModuleDependency dependency) {
        ApplicationModule target = dependency.getTargetModule();
        return module.getIdentifier() + " (" + layer + ") -> " + target.getIdentifier() + " ("
                + layerOf(target).orElseThrow() + "): "
                + dependency.getSourceType().getName() + " -> "
                + dependency.getTargetType().getName();
    }

    private static Optional<Layer.Name> layerOf(ApplicationModule module) {
        return module.getBasePackage().getAnnotation(Layer.class).map(Layer::value);
    }
}
