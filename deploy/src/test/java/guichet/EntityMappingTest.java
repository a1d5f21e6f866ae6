package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.SchemaValidation;
import guichet.platform.testing.TestTenants;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every entity of every module matches the tables its migrations build in a tenant schema. */
@PlatformTest
class EntityMappingTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    DataSource dataSource;

    @Test
    void everyEntityMatchesItsMigratedTable() {
        TenantProfile tenant = tenants.create("mapping");
        assertThat(SchemaValidation.validate(dataSource, tenant.id().schemaName(), "guichet"))
                .isGreaterThanOrEqualTo(6);
    }
}
