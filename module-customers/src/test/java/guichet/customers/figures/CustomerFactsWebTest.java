package guichet.customers.figures;

import static guichet.customers.CustomerFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.platform.catalog.Product;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.figures.Fact;
import guichet.platform.figures.FactsRecorded;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A prospect registered through the page counts 0 towards the conversion rate, under his segment and zone (his
 * address's city, which names no region); converted, his 0 is withdrawn for a 100 on his registration's instant, and
 * the time it took is counted under the same segment and zone: the facts add up to what a rebuild reads from him. A
 * sale counts under the buyer's segment, alone and with the product (« Segment · Product »).
 */
@GuichetTest
@Import({CustomerFixtures.class, CustomerFactsWebTest.Recorded.class})
class CustomerFactsWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    Recorded recorded;

    @Autowired
    Customers customers;

    @Autowired
    CustomerFigures figures;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void registeringAProspectAndConvertingHimRecordsHisConversionUnderHisSegmentAndZone() {
        TenantProfile tenant = tenants.create("conv", "customers");
        TenantHttp.Client agent = fixtures.staff(tenant, "agent", Role.AGENT);
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
                        "Yassine",
                        "lastName",
                        "Amrani",
                        "emails[0]",
                        "yassine.amrani@exemple.ma",
                        "addresses[0].line1",
                        "3 avenue Hassan II",
                        "addresses[0].city",
                        "Agadir",
                        "addresses[0].country",
                        "ma",
                        "segment",
                        "PME"));
        assertThat(saved.status()).isEqualTo(302);
        Customer prospect = fixtures.in(
                tenant, () -> customers.findByEmail("yassine.amrani@exemple.ma").getFirst());
        UUID id = prospect.id().value();
        Map<String, String> markets = Map.of("segment", "PME", "region", "Agadir");

        List<Fact> registered = recorded.about(id);
        assertThat(registered)
                .filteredOn(fact -> fact.measure().equals(CustomerFigures.CONVERSION))
                .singleElement()
                .satisfies(fact -> {
                    assertThat(fact.members()).isEqualTo(markets);
                    assertThat(fact.value()).isZero();
                    assertThat(fact.count()).isOne();
                });
        Fact registration = registered.stream()
                .filter(fact -> fact.measure().equals(CustomerFigures.REGISTERED))
                .findFirst()
                .orElseThrow();
        assertThat(registration.members()).containsEntry("stage", "PROSPECT").containsAllEntriesOf(markets);

        String path = "/customers/" + id;
        assertThat(agent.postForm(path + "/convert", form(agent, path)).status())
                .isEqualTo(302);

        List<Fact> all = recorded.about(id);
        List<Fact> conversion = all.stream()
                .filter(fact -> fact.measure().equals(CustomerFigures.CONVERSION))
                .toList();
        assertThat(conversion)
                .extracting(Fact::value, Fact::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0L, 1),
                        org.assertj.core.groups.Tuple.tuple(0L, -1),
                        org.assertj.core.groups.Tuple.tuple(100L, 1));
        assertThat(conversion).allSatisfy(fact -> {
            assertThat(fact.at()).isEqualTo(registration.at());
            assertThat(fact.members()).isEqualTo(markets);
        });
        assertThat(all)
                .filteredOn(fact -> fact.measure().equals(CustomerFigures.CONVERTED))
                .singleElement()
                .satisfies(fact -> {
                    assertThat(fact.members()).containsAllEntriesOf(markets).containsEntry("kind", "NATURAL_PERSON");
                    assertThat(fact.at()).isAfter(registration.at());
                });

        // What the rollups fold (one prospect, converted: a rate of 100 %) is what a rebuild reads from him.
        List<Fact> replayed = new ArrayList<>();
        TenantContext.run(
                tenant.id(), () -> transactions.executeWithoutResult(status -> figures.replay(replayed::add)));
        assertThat(replayed)
                .filteredOn(fact -> id.equals(fact.customer()) && fact.measure().equals(CustomerFigures.CONVERSION))
                .singleElement()
                .satisfies(fact -> {
                    assertThat(fact.value())
                            .isEqualTo(
                                    conversion.stream().mapToLong(Fact::value).sum());
                    assertThat(fact.count())
                            .isEqualTo(conversion.stream().mapToInt(Fact::count).sum());
                    assertThat(fact.members()).isEqualTo(markets);
                    assertThat(fact.at()).isEqualTo(registration.at());
                });
    }

    @Test
    void aSaleCountsUnderTheBuyersSegmentAloneAndWithTheProduct() {
        TenantProfile tenant = tenants.create("sold", "customers");
        TenantHttp.Client seller = fixtures.staff(tenant, "seller", Role.SELLER);
        Product box = fixtures.product(tenant, "BOX-F1", "Box fibre");
        Customer buyer = fixtures.person(tenant, "Nadia", "Berrada", "nadia.berrada@exemple.ma", null);
        fixtures.in(
                tenant,
                () -> customers.save(customers.find(buyer.id()).orElseThrow().classify("PME", Instant.now())));
        Map<String, String> fields = form(
                seller,
                "/customers/sales/new",
                "customerMode",
                "existing",
                "customerId",
                buyer.id().toString(),
                "productId",
                box.id().toString(),
                "serialNumber",
                "",
                "soldOn",
                "2026-11-02",
                "ordered",
                "true");
        TenantHttp.Page saved = seller.postForm("/customers/sales", fields);
        assertThat(saved.status())
                .as(() -> saved.html()
                        .select(".invalid-feedback, .alert")
                        .eachText()
                        .toString())
                .isEqualTo(302);

        String member = "PME|" + box.id();
        assertThat(recorded.about(buyer.id().value()))
                .filteredOn(fact -> fact.measure().equals(CustomerFigures.SOLD))
                .singleElement()
                .satisfies(fact -> assertThat(fact.members())
                        .containsEntry("product", box.id().toString())
                        .containsEntry("segment", "PME")
                        .containsEntry("segment-product", member));
        assertThat(TenantContext.call(
                        tenant.id(), () -> figures.names("segment-product", List.of(member), Locale.FRENCH)))
                .containsExactly(Map.entry(member, "PME · Box fibre"));
    }

    /** The facts the application published, in order. */
    @TestComponent
    static class Recorded {

        private final List<Fact> facts = new CopyOnWriteArrayList<>();

        @EventListener
        void on(FactsRecorded recorded) {
            facts.addAll(recorded.facts());
        }

        List<Fact> about(UUID customer) {
            return facts.stream()
                    .filter(fact -> customer.equals(fact.customer()))
                    .toList();
        }
    }
}
