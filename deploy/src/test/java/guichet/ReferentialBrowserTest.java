package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.testing.TenantHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seed 000 in a real browser on poste's host: the administrator creates an entity, a structure and a sub-structure
 * under it, and a service issued by the sub-structure and offered at an agency; an agent records a counter demand for
 * that service; deleting the entity is then refused, and deleting the service withdraws it, the demand keeping it.
 * The page fits a phone and a laptop, in French and in Arabic.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class ReferentialBrowserTest {

    private static final String ENTITY = "Caisse nationale de sécurité sociale";

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Customers customers;

    @Test
    void anAdministratorBuildsTheReferentialAnAgentUsesItAndAReferencedEntityStays() {
        try (Browser admin = signedIn("admin@poste.demo")) {
            admin.open(poste("/shops/referential"));
            admin.type("#partner-code", "CNSS");
            admin.type("#partner-name", ENTITY);
            admin.click("#partner-form button[type=submit]");
            admin.awaitText(".alert-success", "L'entité est enregistrée.");

            admin.select("#structure-partner", ENTITY);
            admin.type("#structure-code", "CNSS-DP");
            admin.type("#structure-name", "Direction des prestations");
            admin.click("#structure-form button[type=submit]");
            admin.awaitText(".alert-success", "La structure émettrice est enregistrée.");

            admin.select("#structure-partner", ENTITY);
            admin.select("#structure-parent", ENTITY + " › Direction des prestations");
            admin.type("#structure-code", "CNSS-PEN");
            admin.type("#structure-name", "Service des pensions");
            admin.click("#structure-form button[type=submit]");
            admin.awaitText(".alert-success", "La structure émettrice est enregistrée.");

            admin.type("#service-code", "SRV-PENSION");
            admin.type("#service-name", "Paiement des pensions");
            admin.select("#service-structure", ENTITY + " › Direction des prestations › Service des pensions");
            admin.click("#agency-COT-01");
            admin.click("#service-form button[type=submit]");
            admin.awaitText(".g-kiosk-services", "SRV-PENSION");
            assertThat(admin.text(".g-kiosk-services"))
                    .contains(ENTITY + " › Direction des prestations › Service des pensions");
        }

        String customerNumber = TenantContext.call(
                catalog.find(new TenantId("poste")).orElseThrow().id(),
                () -> transactions.execute(status -> customers
                        .findByEmail("koffi.adjovi@example.bj")
                        .getFirst()
                        .number()
                        .value()));
        String number;
        try (Browser agent = signedIn("agent@poste.demo")) {
            agent.open(poste("/claims/counter"));
            agent.type("#find", customerNumber);
            agent.click("button[name=intent][value=find]");
            agent.awaitText(".g-chosen", "Koffi Adjovi");
            agent.select("#product", "SRV-PENSION — Paiement des pensions");
            agent.type("#title", "Pension non versée");
            agent.type("#description", "La pension de novembre n'a pas été versée.");
            agent.click("button[name=intent][value=open]");
            agent.awaitText(".g-status", "Enregistrée");
            assertThat(agent.text(".g-facts")).contains("Paiement des pensions", "Agence de Cotonou Centre");
            number = agent.text("nav .breadcrumb-item.active");
        }

        try (Browser admin = signedIn("admin@poste.demo")) {
            admin.open(poste("/shops/referential"));
            admin.click("button[aria-label='Supprimer " + ENTITY + "']");
            admin.awaitText(".alert-danger", "« " + ENTITY + " » ne peut pas être supprimée");
            assertThat(admin.text(".alert-danger")).contains("SRV-PENSION");
            assertThat(admin.exists("button[aria-label='Supprimer " + ENTITY + "']"))
                    .isTrue();

            admin.click("button[aria-label='Supprimer Paiement des pensions']");
            admin.awaitText(".alert-success", "Des demandes client se réfèrent à ce service");
            assertThat(admin.text(".g-kiosk-services")).contains("SRV-PENSION", "Retiré");

            admin.open(poste("/claims/" + number));
            assertThat(admin.text(".g-facts")).contains("Paiement des pensions");

            for (int width : new int[] {375, 1280}) {
                admin.resize(width, 900);
                for (String language : new String[] {"fr", "ar"}) {
                    admin.open(poste("/shops/referential?lang=" + language));
                    assertThat(admin.overflow())
                            .as(
                                    "the referential at %d px in %s (%s): wider than the window by",
                                    width, language, admin.outsideTheWindow())
                            .isLessThanOrEqualTo(0);
                }
            }
        }
    }

    private Browser signedIn(String email) {
        return Browser.signedIn(http.port(), "poste", email, "demo");
    }

    private String poste(String path) {
        return Browser.portal(http.port(), "poste", path);
    }
}
