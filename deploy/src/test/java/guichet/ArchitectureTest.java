package guichet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules from the style guide that the compiler does not enforce. */
@AnalyzeClasses(
        packages = "guichet",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutKeycloakExtensions.class})
class ArchitectureTest {

    /** The Keycloak provider runs inside Keycloak, under Keycloak's rules, not Guichet's. */
    static final class WithoutKeycloakExtensions implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("keycloak-extensions");
        }
    }

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .because("pages and API endpoints are reached over HTTP, never called from other code");

    @ArchTest
    static final ArchRule noTechnicalSuffixes = noClasses()
            .should()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Dto")
            .orShould()
            .haveSimpleNameEndingWith("Entity")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .because("classes carry the customers' language (style guide, rule 7)");

    @ArchTest
    static final ArchRule entitiesStayOutOfTheWebLayer = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .beAnnotatedWith(Entity.class)
            .because("the API answers with its own response records, never entities");

    @ArchTest
    static final ArchRule apiControllersLiveInWebApi =
            classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..web.api..");

    @ArchTest
    static final ArchRule modulesNeverTouchPlatformInternals = noClasses()
            .that()
            .resideOutsideOfPackage("guichet.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "guichet.platform.persistence..",
                    "guichet.platform.routing..",
                    "guichet.platform.devstack..",
                    "guichet.platform.console..",
                    "guichet.platform.shell..",
                    "guichet.platform.security..",
                    "guichet.platform.demo..");
}
