package guichet.customers;

import static guichet.customers.CustomerFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.PlatformTest;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.catalog.Product;
import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import guichet.platform.sales.SerialNumber;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/** Merging a duplicate keeps every ticket, sale, account and history entry, and the merge is recorded. */
@PlatformTest
@Import(CustomerFixtures.class)
class CustomerMergeWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Claims tickets;

    @Autowired
    Sales sales;

    @Autowired
    Users users;

    @Test
    void aMergeKeepsEveryRelatedRecordAndTheHistoryShowsIt() {
        TenantProfile tenant = tenants.create("mrg", "customers", "claims");
        TenantHttp.Client agent = fixtures.staff(tenant, "agent", Role.AGENT);
        Customer survivor = fixtures.person(tenant, "Sami", "Haddad", "sami.haddad@exemple.tn", null);
        Product modem = fixtures.product(tenant, "MDM-01", "Modem fibre");
        User account = accounts.customer(tenant, "doublon");
        Customer duplicate = fixtures.in(tenant, () -> {
            Customer c = users.find(account.id())
                    .flatMap(u -> u.customer())
                    .flatMap(id -> fixtures.find(id))
                    .orElseThrow();
            return c;
        });
        fixtures.in(tenant, () -> {
            sales.save(Sale.delivered(
                    duplicate.id(),
                    modem.id(),
                    new SerialNumber("MDM000000000001"),
                    LocalDate.of(2026, 3, 1),
                    null,
                    null,
                    Instant.now()));
            return tickets.save(new Claim(
                    tickets.nextNumber(), "Modem muet", "open", "normal", duplicate.id(), modem.id(), Instant.now()));
        });
        String path = "/customers/" + survivor.id();
        Document choose =
                agent.get(path + "/merge?q=" + duplicate.number().value()).html();
        assertThat(choose.select("#merge-candidates").text())
                .contains(duplicate.number().value());
        Document compare = agent.get(path + "/merge?other=" + duplicate.id()).html();
        assertThat(compare.select("#merge-comparison").text()).contains(duplicate.displayName());

        TenantHttp.Page merged = agent.postForm(
                path + "/merge", form(agent, path, "other", duplicate.id().toString()));
        assertThat(merged.status()).isEqualTo(302);

        assertThat(fixtures.salesOf(tenant, survivor))
                .singleElement()
                .satisfies(s -> assertThat(s.serialNumber()).hasValue(new SerialNumber("MDM000000000001")));
        assertThat(fixtures.in(
                        tenant, () -> tickets.findAll(PageRequest.of(0, 10)).getContent()))
                .allSatisfy(t -> assertThat(t.customer()).contains(survivor.id()));
        assertThat(fixtures.in(
                        tenant, () -> users.find(account.id()).orElseThrow().customer()))
                .contains(survivor.id());
        assertThat(fixtures.reload(tenant, duplicate).mergedInto()).contains(survivor.id());
        assertThat(fixtures.reload(tenant, survivor).emails()).contains("sami.haddad@exemple.tn");
        assertThat(fixtures.events().stream()
                        .filter(CustomerMerged.class::isInstance)
                        .map(CustomerMerged.class::cast))
                .anySatisfy(e -> assertThat(e.survivor()).isEqualTo(survivor.id()));

        Document page = agent.follow(merged).html();
        assertThat(page.select("#history ~ ul").text())
                .contains("Doublon fusionné", duplicate.number().value())
                .contains("Fusionné dans un autre dossier");
        assertThat(page.select("#products ~ div table").text()).contains("MDM-01");
        Document old = agent.get("/customers/" + duplicate.id()).html();
        assertThat(old.select("[role=status]").text())
                .contains(survivor.number().value());
        assertThat(agent.get("/customers?q=" + duplicate.lastName())
                        .html()
                        .select("#customer-results tbody")
                        .text())
                .doesNotContain(duplicate.number().value());
    }

    @Test
    void aSalesRepCannotMergeAndAnotherTenantsCustomerIsNotFound() {
        TenantProfile tenant = tenants.create("mrgx", "customers");
        TenantProfile other = tenants.create("mrgy", "customers");
        Customer mine = fixtures.person(tenant, "Ines", "Ayari", "ines@exemple.tn", null);
        Customer foreign = fixtures.person(other, "Ines", "Ayari", "ines@exemple.tn", null);
        TenantHttp.Client agent = fixtures.staff(tenant, "agent", Role.AGENT);
        String path = "/customers/" + mine.id();
        assertThat(agent.postForm(
                                path + "/merge",
                                form(agent, path, "other", foreign.id().toString()))
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.staff(tenant, "rep", Role.SALES_REP)
                        .get(path + "/merge")
                        .status())
                .isEqualTo(403);
    }
}
