package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The customers module's stories in a real browser, on the demo tenants of the customers' own specifications. */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class CustomerStoriesBrowserTest {

    @Autowired
    TenantHttp http;

    @Autowired
    Customers customers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void inDistribASellerSellsAPrinterToANewCustomerWhoThenSeesItInHisAccount() {
        String email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        try (Browser browser = Browser.signedIn(http.port(), "distrib", "seller@distrib.demo", "demo")) {
            browser.open(portal("distrib", "/customers/sales/new"));
            browser.click("label[for=customerMode-new]");
            browser.type("#firstName", "Hugo");
            browser.type("#lastName", "Lambert");
            browser.type("#email", email);
            browser.type("#password", TestAccounts.PASSWORD);
            browser.type("#productQuery", "L32");
            browser.awaitText("#product-choices", "PRN-L3250");
            browser.click("#product-choices label.g-product-choice");
            browser.type("#serialNumber", "abc");
            browser.click("#register-sale");

            assertThat(browser.text("#serialNumber-error")).startsWith("Le numéro de série doit compter exactement 15");
            assertThat(browser.find("#serialNumber").getAttribute("value")).isEqualTo("abc");
            assertThat(browser.find("#firstName").getAttribute("value")).isEqualTo("Hugo");
            assertThat(browser.find("#email").getAttribute("value")).isEqualTo(email);

            String serial = "hl" + UUID.randomUUID().toString().replace("-", "").substring(0, 13);
            browser.type("#serialNumber", serial);
            browser.click("#register-sale");
            assertThat(browser.text("h1")).isEqualTo("Hugo Lambert");
            assertThat(browser.text("#products ~ div table")).contains("PRN-L3250", serial.toUpperCase());

            browser.click(".g-user form button[type=submit]");
            browser.awaitHost("distrib.localhost");
            browser.open(portal("distrib", "/login"));
            browser.signInOnKeycloak(email, TestAccounts.PASSWORD);
            browser.awaitHost("distrib.localhost");
            browser.open(portal("distrib", "/customers/mine"));
            assertThat(browser.text(".g-my-product")).contains("PRN-L3250", "Imprimante L3250", serial.toUpperCase());
        }
    }

    @Test
    void inPosteAnAgentFindsAReturningClientByHisCustomerNumber() {
        Customer koffi = demoCustomer("poste", "Adjovi");
        try (Browser browser = new Browser()) {
            browser.open(portal("poste", "/login"));
            browser.signInOnKeycloak("agent@poste.demo", "demo");
            browser.awaitHost("poste.localhost");
            browser.open(portal("poste", "/customers"));
            browser.type("#number", koffi.number().value().toLowerCase());
            browser.click("form[role=search] button[type=submit]");
            assertThat(browser.text("#customer-results tbody"))
                    .contains("Koffi Adjovi", koffi.number().value());
            browser.click("#customer-results tbody a");
            assertThat(browser.text("h1")).isEqualTo("Koffi Adjovi");
        }
    }

    @Test
    void inAtlasAnAgentFindsAProspectAsHeTypesAndConvertsHim() {
        try (Browser browser = new Browser()) {
            browser.open(portal("atlas", "/login"));
            browser.signInOnKeycloak("agent@atlas.demo", "demo");
            browser.awaitHost("atlas.localhost");
            browser.open(portal("atlas", "/customers"));
            browser.type("#q", "trab");
            browser.awaitUrl("q=trab");
            browser.awaitText("#customer-results tbody", "Trabelsi");
            assertThat(browser.text("#customer-results tbody")).doesNotContain("Ben Salah");
            browser.click("#customer-results tbody a");
            assertThat(browser.text("h1")).isEqualTo("Karim Trabelsi");
            assertThat(browser.text("main")).contains("Prospect");
            browser.click("form[action$='/convert'] button");
            assertThat(browser.text("[role=status]")).contains("Le prospect est désormais client.");
            assertThat(browser.text("#history ~ ul")).contains("Prospect converti en client");
        }
        assertThat(demoCustomer("atlas", "Trabelsi").stage()).isEqualTo(Customer.Stage.CUSTOMER);
    }

    private Customer demoCustomer(String slug, String lastName) {
        return TenantContext.call(
                new TenantId(slug),
                () -> transactions.execute(status -> customers.findAll(PageRequest.of(0, 100)).stream()
                        .filter(c -> lastName.equals(c.lastName()))
                        .findFirst()
                        .orElseThrow()));
    }

    private String portal(String slug, String path) {
        return Browser.portal(http.port(), slug, path);
    }
}
