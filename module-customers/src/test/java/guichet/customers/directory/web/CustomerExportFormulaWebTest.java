package guichet.customers.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The customer export neutralises what a spreadsheet would run as a formula, as the ticket export does. */
@GuichetTest
@Import(CustomerFixtures.class)
class CustomerExportFormulaWebTest {

    private static final String TRAP = "=HYPERLINK(\"http://evil.example\";\"Cliquez\")";

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Test
    void aNameBeginningWithAnEqualsSignIsExportedAsPlainText() throws IOException {
        TenantProfile tenant = tenants.create("csvf", "customers");
        Customer trap = fixtures.person(tenant, "@SUM(1;2)", TRAP, "piege@csvf.example", null);
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);

        TenantHttp.Page export = admin.get("/customers/export.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(export.body().substring(1)))
                .getRecords();
        CSVRecord header = rows.getFirst();
        CSVRecord row = rows.stream()
                .filter(r -> r.get(0).equals(trap.number().value()))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(header.toList().indexOf("last_name"))).isEqualTo("'" + TRAP);
        assertThat(row.get(header.toList().indexOf("first_name"))).isEqualTo("'@SUM(1;2)");
    }
}
