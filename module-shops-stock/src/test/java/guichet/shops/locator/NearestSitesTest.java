package guichet.shops.locator;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.sites.Position;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nearest sites, as PostgreSQL finds them through the GiST index over points of the sphere: the same order as the
 * distances along the surface computed one by one, closed sites and sites without a position left out, and a plan
 * that walks the index instead of reading every site.
 */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearestSitesTest {

    private static final int SITES = 600;

    @Autowired
    TestTenants tenants;

    @Autowired
    Sites sites;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entities;

    private TenantProfile tenant;
    private final List<Site> all = new ArrayList<>();

    @BeforeAll
    void sitesAcrossTunisiaAndBenin() {
        tenant = tenants.create("near", "shops");
        SplittableRandom random = new SplittableRandom(42);
        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    for (int i = 0; i < SITES; i++) {
                        boolean tunisia = i % 2 == 0;
                        Site site = new Site("S" + i, "Site " + i, Site.Kind.SHOP, Instant.now())
                                .locatedAt(
                                        null,
                                        null,
                                        null,
                                        degrees(tunisia ? 30.2 + random.nextDouble(7.2) : 6.2 + random.nextDouble(6.2)),
                                        degrees(tunisia ? 7.5 + random.nextDouble(3.8) : 0.8 + random.nextDouble(3.0)));
                        if (i % 50 == 7) {
                            site.close(Instant.now());
                        }
                        all.add(sites.save(site));
                    }
                    sites.save(new Site("NOWHERE", "Sans position", Site.Kind.KIOSK, Instant.now()));
                }));
    }

    @Test
    void theNearestComeInTheOrderOfTheirDistanceAlongTheSurface() {
        SplittableRandom random = new SplittableRandom(7);
        for (int probe = 0; probe < 20; probe++) {
            Position from = new Position(6 + random.nextDouble(32), random.nextDouble(12));
            List<String> expected = all.stream()
                    .filter(Site::active)
                    .sorted(Comparator.comparingDouble(
                            s -> from.kilometresTo(s.position().orElseThrow())))
                    .limit(30)
                    .map(Site::code)
                    .toList();

            List<String> found = TenantContext.call(
                    tenant.id(),
                    () -> transactions.execute(status ->
                            sites.nearest(from, 0, 20).stream().map(Site::code).toList()));
            List<String> next = TenantContext.call(
                    tenant.id(),
                    () -> transactions.execute(status ->
                            sites.nearest(from, 20, 10).stream().map(Site::code).toList()));

            assertThat(found).as("from %s", from).containsExactlyElementsOf(expected.subList(0, 20));
            assertThat(next).as("from %s, next page", from).containsExactlyElementsOf(expected.subList(20, 30));
        }
    }

    @Test
    void theIndexGivesTheOrderByDistance() {
        String plan = TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status -> {
                    // A few hundred sites are cheap to sort: without sequential reads, the plan shows whether the index
                    // itself gives the order (« Order By » in the index scan) or the rows must be sorted (« Sort »).
                    entities.createNativeQuery("set local enable_seqscan = off").executeUpdate();
                    List<?> lines = entities.createNativeQuery(
                                    "explain select * from core_site where active and sphere_point"
                                            + " is not null order by sphere_point operator(public.<->)"
                                            + " public.cube(array[0.5, 0.1, 0.6]::float8[]) offset 0 limit 5")
                            .getResultList();
                    return String.join(
                            "\n", lines.stream().map(Object::toString).toList());
                }));

        assertThat(plan)
                .contains("Index Scan using core_site_sphere_point_idx")
                .contains("Order By")
                .doesNotContain("Sort");
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
