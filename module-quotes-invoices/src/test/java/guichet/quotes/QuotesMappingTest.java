package guichet.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.SchemaValidation;
import guichet.platform.testing.TestTenants;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quotes' and quote requests' entities match the tables their migration builds in a tenant schema. */
@GuichetTest
class QuotesMappingTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    DataSource dataSource;

    @Test
    void quotesAndRequestsMatchTheirMigratedTables() {
        TenantProfile tenant = tenants.create("qmap", "quotes");
        assertThat(SchemaValidation.validate(dataSource, tenant.id().schemaName(), "guichet.quotes.request"))
                .isEqualTo(1);
        assertThat(SchemaValidation.validate(dataSource, tenant.id().schemaName(), "guichet.quotes.quote"))
                .isEqualTo(3);
    }
}
