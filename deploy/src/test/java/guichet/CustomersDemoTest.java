package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.testing.TenantHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The customers module's demo data, as the demo accounts see it. */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class CustomersDemoTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Test
    void inDistribClaireFontaineSeesThePrinterAndTheLaptopSheBought() {
        TenantHttp.Client claire = signedIn("distrib", "customer@distrib.demo");
        String mine = claire.get("/customers/mine").html().select("main").text();
        assertThat(mine).contains("PRN-L3250", "X4EP3250L000017", "LAP-X14");
    }

    @Test
    void inHelpdeskTheSalesRepSeesCabinetMartinButNotJulieRoux() {
        String list = signedIn("helpdesk", "sales@helpdesk.demo")
                .get("/customers")
                .html()
                .select("#customer-results")
                .text();
        assertThat(list).contains("Cabinet Martin & Associés").doesNotContain("Julie Roux");
    }

    @Test
    void inSavAnOrderIsNotDeliveredYet() {
        TenantHttp.Client agent = signedIn("sav", "agent@sav.demo");
        String page = agent.get("/customers?q=lemoine")
                .html()
                .select("#customer-results tbody a")
                .attr("href");
        assertThat(agent.get(page).html().select("#products ~ div table").text())
                .contains("ORG-SRV-01", "Commandé");
    }

    private TenantHttp.Client signedIn(String slug, String email) {
        TenantHttp.Client client = http.tenant(catalog.find(new TenantId(slug)).orElseThrow());
        client.signIn(email, "demo");
        return client;
    }
}
