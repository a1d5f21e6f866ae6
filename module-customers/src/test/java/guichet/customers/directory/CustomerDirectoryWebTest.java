package guichet.customers.directory;

import static guichet.customers.CustomerFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Registering, finding, changing and converting customers through the pages, as staff does. */
@GuichetTest
@Import(CustomerFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerDirectoryWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TenantHttp http;

    private TenantProfile tenant;
    private TenantHttp.Client agent;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("dir", "customers");
        agent = fixtures.staff(tenant, "agent", Role.AGENT);
    }

    @Test
    void anAgentRegistersACustomerWithSeveralContactsAndAnAddress() {
        TenantHttp.Page saved = agent.postForm(
                "/customers",
                form(
                        agent,
                        "/customers/new",
                        "kind",
                        "NATURAL_PERSON",
                        "stage",
                        "CUSTOMER",
                        "firstName",
                        "Moussa",
                        "lastName",
                        "Diallo",
                        "emails[0]",
                        "moussa.diallo@exemple.sn",
                        "emails[1]",
                        "m.diallo@bureau.sn",
                        "phones[0]",
                        "+221 77 123 45 67",
                        "addresses[0].line1",
                        "12 rue Carnot",
                        "addresses[0].city",
                        "Dakar",
                        "addresses[0].country",
                        "sn",
                        "segment",
                        "VIP",
                        "consentEmail",
                        "true"));
        assertThat(saved.status()).isEqualTo(302);
        Document page = agent.follow(saved).html();
        assertThat(page.select("h1").text()).isEqualTo("Moussa Diallo");
        assertThat(page.select("main").text())
                .contains("moussa.diallo@exemple.sn", "m.diallo@bureau.sn", "+221 77 123 45 67", "12 rue Carnot")
                .contains("Dakar SN", "VIP", "courriels acceptés", "Client enregistré");
    }

    /** Issue 24, bug 8: saving a prospect said « Le client a été enregistré. ». */
    @Test
    void savingAProspectSaysAProspectWasSaved() {
        TenantHttp.Page saved = agent.postForm(
                "/customers",
                form(
                        agent,
                        "/customers/new?stage=PROSPECT",
                        "kind",
                        "NATURAL_PERSON",
                        "stage",
                        "PROSPECT",
                        "firstName",
                        "Ousmane",
                        "lastName",
                        "Bathily",
                        "emails[0]",
                        "ousmane.bathily@exemple.sn",
                        "phones[0]",
                        "+221 76 901 23 45"));
        assertThat(saved.status())
                .as(
                        saved.status() == 200
                                ? saved.html()
                                        .select("#form-errors li, .alert")
                                        .eachText()
                                        .toString()
                                : "")
                .isEqualTo(302);
        Document page = agent.follow(saved).html();
        assertThat(page.select("main .alert-success").text())
                .isEqualTo("Le prospect a été enregistré.")
                .doesNotContain("client");
    }

    @Test
    void aFormWithMistakesExplainsThemAndKeepsWhatWasTyped() {
        Document page = agent.postForm(
                        "/customers",
                        form(
                                agent,
                                "/customers/new",
                                "kind",
                                "NATURAL_PERSON",
                                "firstName",
                                "Awa",
                                "lastName",
                                "",
                                "emails[0]",
                                "pas-une-adresse",
                                "birthDate",
                                "2999-01-01"))
                .html();
        assertThat(page.select("#form-errors li").eachText())
                .contains(
                        "Le nom est obligatoire pour une personne physique.",
                        "Une adresse électronique n'est pas valide.",
                        "La date de naissance doit être passée et postérieure à 1900.");
        assertThat(page.select("#firstName").val()).isEqualTo("Awa");
        assertThat(page.select("#emails0").val()).isEqualTo("pas-une-adresse");
        assertThat(page.select("#birthDate").val()).isEqualTo("2999-01-01");
    }

    @Test
    void likelyDuplicatesAreShownBeforeSavingAndSavingAnywayNeedsConfirming() {
        fixtures.person(tenant, "Fatou", "Ndiaye", "fatou.ndiaye@exemple.sn", null);
        Map<String, String> fields = form(
                agent,
                "/customers/new",
                "kind",
                "NATURAL_PERSON",
                "firstName",
                "Fatoumata",
                "lastName",
                "Ndiaye",
                "emails[0]",
                "FATOU.NDIAYE@exemple.sn");
        TenantHttp.Page warned = agent.postForm("/customers", fields);
        assertThat(warned.status()).isEqualTo(200);
        assertThat(warned.html().select("#duplicates").text()).contains("Fatou Ndiaye");
        assertThat(warned.html().select("#duplicates input[name=confirmed]").val())
                .isEqualTo("true");

        fields.put("confirmed", "true");
        TenantHttp.Page saved = agent.postForm("/customers", fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(agent.follow(saved).html().select("h1").text()).isEqualTo("Fatoumata Ndiaye");
    }

    @Test
    void searchAsYouTypeStartsAtTheThirdCharacterIgnoringAccentsAndCase() {
        fixtures.person(tenant, "Hélène", "Kouassi", "helene.k@exemple.ci", null);
        assertThat(agent.get("/customers?q=ko")
                        .html()
                        .select("#customer-results")
                        .text())
                .contains("Tapez au moins trois caractères.");
        Document typed = agent.getWithHeaders("/customers?q=KOUA%20hel", Map.of("HX-Request", "true"))
                .html();
        assertThat(typed.select("h1")).isEmpty();
        assertThat(typed.select("#customer-results tbody tr").text()).contains("Hélène Kouassi");
        assertThat(agent.get("/customers?q=helene.k%40exemple")
                        .html()
                        .select("#customer-results tbody tr")
                        .text())
                .contains("Hélène Kouassi");
    }

    @Test
    void aReturningClientIsFoundByHisCustomerNumberAlone() {
        Customer client = fixtures.person(tenant, "Koffi", "Mensah", "koffi.m@exemple.tg", null);
        Document page = agent.get("/customers?number=" + client.number().value().toLowerCase())
                .html();
        assertThat(page.select("#customer-results tbody tr")).hasSize(1);
        assertThat(page.select("#customer-results tbody tr").text()).contains("Koffi Mensah");
    }

    @Test
    void aProspectIsConvertedAndKeepsHisNumberAndHistory() {
        Customer prospect = fixtures.prospect(tenant, "Karim", "Jebali");
        String path = "/customers/" + prospect.id();
        TenantHttp.Page converted = agent.postForm(path + "/convert", form(agent, path));
        assertThat(converted.status()).isEqualTo(302);
        Customer now = fixtures.reload(tenant, prospect);
        assertThat(now.stage()).isEqualTo(Customer.Stage.CUSTOMER);
        assertThat(now.number()).isEqualTo(prospect.number());
        assertThat(agent.get(path).html().select("#history ~ ul").text()).contains("Prospect converti en client");
    }

    @Test
    void aCustomerIsChangedAndTheChangeIsInHisHistory() {
        Customer customer = fixtures.person(tenant, "Aminata", "Traoré", "aminata@exemple.ml", null);
        String path = "/customers/" + customer.id();
        TenantHttp.Page edit = agent.get(path + "/edit");
        assertThat(edit.html().select("#lastName").val()).isEqualTo("Traoré");
        TenantHttp.Page saved = agent.postForm(
                path,
                form(
                        agent,
                        path + "/edit",
                        "kind",
                        "NATURAL_PERSON",
                        "firstName",
                        "Aminata",
                        "lastName",
                        "Traoré-Keita",
                        "emails[0]",
                        "aminata@exemple.ml",
                        "registrationNumber",
                        "",
                        "segment",
                        "Entreprise"));
        assertThat(saved.status()).isEqualTo(302);
        Document page = agent.follow(saved).html();
        assertThat(page.select("h1").text()).isEqualTo("Aminata Traoré-Keita");
        assertThat(page.select("#history ~ ul").text()).contains("Fiche modifiée");
    }

    @Test
    void anotherTenantsCustomerIsNotFoundAndVisitorsAndCustomersAreTurnedAway() {
        TenantProfile other = tenants.create("dirx", "customers");
        Customer stranger = fixtures.person(other, "Yao", "Ahoua", "yao@exemple.ci", null);
        assertThat(agent.get("/customers/" + stranger.id()).status()).isEqualTo(404);
        assertThat(http.tenant(tenant).get("/customers/new").status()).isEqualTo(302);
        TenantHttp.Client seller = fixtures.staff(tenant, "viewer", Role.SALES_REP);
        assertThat(seller.get("/customers/" + stranger.id()).status()).isEqualTo(404);
    }
}
