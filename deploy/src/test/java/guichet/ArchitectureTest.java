package guichet;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import guichet.claims.desk.Claim;
import guichet.platform.tickets.AbstractTicket;
import guichet.platform.tickets.Tickets;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules from the style guide that the compiler does not enforce. */
@AnalyzeClasses(
        packages = "guichet",
        importOptions = {
            ImportOption.DoNotIncludeTests.class,
            ArchitectureTest.WithoutTestJars.class,
            ArchitectureTest.WithoutKeycloakExtensions.class
        })
class ArchitectureTest {

    /** Test jars (platform core's, the modules') carry test support and fixtures: test code, which the rules do not govern. */
    static final class WithoutTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

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
                    "guichet.platform.console..",
                    "guichet.platform.shell..",
                    "guichet.platform.security..");

    @ArchTest
    static final ArchRule nothingDependsOnDeveloperTooling = noClasses()
            .that()
            .resideOutsideOfPackages("guichet.devstack..", "guichet.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("guichet.devstack..", "guichet.demo..")
            .because("a production build leaves the embedded servers and the demo data out (ADR 30)");

    // Who changes a ticket (issue 11): the claims module alone. Platform core maps the ticket row read-only for every
    // module; the claims module maps it as its own Claim, with the lifecycle, SLA, assignment and search text.

    private static final String CLAIMS = "guichet.claims..";

    @ArchTest
    static final ArchRule onlyTheClaimsModuleWritesATicket = noClasses()
            .that()
            .resideOutsideOfPackage(CLAIMS)
            .should()
            .setFieldWhere(target(owner(assignableTo(AbstractTicket.class))))
            .because("a ticket's lifecycle, SLA and list columns are the claims module's to change (issue 11)");

    @ArchTest
    static final ArchRule theSharedTicketOnlyAnswers = methods()
            .that()
            .areDeclaredInClassesThat(assignableTo(AbstractTicket.class).and(resideOutsideOfPackage(CLAIMS)))
            .and()
            .doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should(beAnAccessor())
            .because("outside the claims module a ticket is read, never changed (issue 11)");

    @ArchTest
    static final ArchRule theSharedTicketIsImmutable = classes()
            .that()
            .areAssignableTo(AbstractTicket.class)
            .and()
            .areAnnotatedWith(Entity.class)
            .and()
            .resideOutsideOfPackage(CLAIMS)
            .should()
            .beAnnotatedWith(Immutable.class)
            .because("Hibernate must never write a ticket that another module than claims loaded (issue 11)");

    @ArchTest
    static final ArchRule theClaimsTicketStaysInTheClaimsModule = noClasses()
            .that()
            .resideOutsideOfPackage(CLAIMS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(Claim.class.getPackageName() + "..")
            .because("the ticket and its detail (SLA clock, timeline, messages) are the claims module's; another module"
                    + " acts on tickets through an event the claims module listens to (issue 11)");

    @ArchTest
    static final ArchRule coreTicketsOnlyRead = onlyReads(Tickets.class.getName());

    @ArchTest
    static void theTicketRulesCatchAWriterOutsideTheClaimsModule(JavaClasses ignored) {
        JavaClasses fixture = new ClassFileImporter().importPackages("ticketfixture");
        assertThat(onlyTheClaimsModuleWritesATicket
                        .evaluate(fixture)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("ReopenedTicket.reopen()") && line.contains("status"));
        assertThat(theSharedTicketOnlyAnswers
                        .evaluate(fixture)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("ReopenedTicket.reopen()"));
        assertThat(theSharedTicketIsImmutable
                        .evaluate(fixture)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("ReopenedTicket"));
        assertThat(theClaimsTicketStaysInTheClaimsModule
                        .evaluate(fixture)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("Rewriter.close(") && line.contains("changeStatus"));
        assertThat(onlyReads("ticketfixture.RewritingTickets")
                        .evaluate(fixture)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("transferAll"));
    }

    /** The repository's methods only read: none modifies rows, saves or deletes. */
    private static ArchRule onlyReads(String repository) {
        return noMethods()
                .that()
                .areDeclaredInClassesThat()
                .haveFullyQualifiedName(repository)
                .should()
                .beAnnotatedWith(Modifying.class)
                .orShould()
                .haveNameMatching("(save|delete|update|insert|transfer).*")
                .because("platform core's tickets are read by every module and written by the claims module alone");
    }

    /** Takes nothing and answers something: no method of a read model changes it. */
    private static ArchCondition<JavaMethod> beAnAccessor() {
        return ArchConditions.<JavaMethod>be(DescribedPredicate.describe(
                "an accessor (no parameter, a value returned)",
                method -> method.getRawParameterTypes().isEmpty()
                        && !method.getRawReturnType().getName().equals("void")));
    }
}
