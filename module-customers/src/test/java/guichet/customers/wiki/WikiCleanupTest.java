package guichet.customers.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.customers.CustomerAnonymised;
import guichet.customers.CustomerFixtures;
import guichet.customers.CustomerMerged;
import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The wiki follows its customers: a merged customer's pages go to the customer he was merged into; an anonymised
 * customer's pages are deleted with their versions, the other customers' untouched.
 */
@GuichetTest
@Import(CustomerFixtures.class)
class WikiCleanupTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    Wiki wiki;

    @Autowired
    WikiPages pages;

    @Autowired
    WikiCleanup cleanup;

    @Autowired
    TenantHttp http;

    @Autowired
    TestAccounts accounts;

    @Test
    void aMergedCustomersPagesFollowHimAndAnAnonymisedOnesAreDeleted() {
        TenantProfile tenant = tenants.create("wcl", "customers");
        Customer kept = fixtures.person(tenant, "Paul", "Garnier", "paul@garnier.example", null);
        Customer duplicate = fixtures.person(tenant, "Paul", "Garnier", "p.garnier@garnier.example", null);
        Customer forgotten = fixtures.person(tenant, "Lina", "Haddad", "lina@haddad.example", null);
        fixtures.in(tenant, () -> {
            wiki.seed(kept.id(), "Contrat", List.of("Signé en mars", "Signé en mars, renouvelé"), "Agent", false);
            wiki.seed(duplicate.id(), "Accès", List.of("Code portail 12"), "Agent", true);
            wiki.seed(forgotten.id(), "Préférences", List.of("Appeler le matin"), "Agent", false);
            return null;
        });

        fixtures.in(tenant, () -> {
            cleanup.follow(new CustomerMerged(tenant.id(), duplicate.id(), kept.id()));
            return null;
        });
        assertThat(titles(tenant, kept)).containsExactlyInAnyOrder("Contrat", "Accès");
        assertThat(titles(tenant, duplicate)).isEmpty();

        fixtures.in(tenant, () -> {
            cleanup.forget(new CustomerAnonymised(tenant.id(), forgotten.id()));
            return null;
        });
        assertThat(titles(tenant, forgotten)).isEmpty();
        assertThat(titles(tenant, kept)).hasSize(2);
    }

    /**
     * The same through the events, as an administrator merges and anonymises through the API: the listeners run after
     * the change commits, on their own, and the pages follow.
     */
    @Test
    void theWikiFollowsAMergeAndAnAnonymisationMadeThroughTheApi() {
        TenantProfile tenant = tenants.create("wce", "customers");
        Customer kept = fixtures.person(tenant, "Inès", "Mabrouk", "ines@mabrouk.example", null);
        Customer duplicate = fixtures.person(tenant, "Ines", "Mabrouk", "i.mabrouk@mabrouk.example", null);
        fixtures.in(tenant, () -> {
            wiki.seed(kept.id(), "Matériel", List.of("Deux routeurs"), "Agent", false);
            wiki.seed(duplicate.id(), "Horaires", List.of("Fermé le lundi"), "Agent", false);
            return null;
        });
        String admin = fixtures.token(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        TenantHttp.Client api = http.tenant(tenant);

        TenantHttp.Page merged = api.sendJsonWithToken(
                "POST",
                "/api/customers/" + kept.number().value() + "/merge",
                "{\"duplicateNumber\": \"" + duplicate.number().value() + "\"}",
                admin);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(titles(tenant, kept)).containsExactlyInAnyOrder("Matériel", "Horaires"));

        TenantHttp.Page anonymised =
                api.postWithToken("/api/customers/" + kept.number().value() + "/anonymise", admin);
        assertThat(anonymised.status()).as(anonymised.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(titles(tenant, kept)).isEmpty());
    }

    private List<String> titles(TenantProfile tenant, Customer customer) {
        return fixtures.in(
                tenant,
                () -> pages.of(customer.id().value()).stream()
                        .map(WikiPage::title)
                        .toList());
    }
}
