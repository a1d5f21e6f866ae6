package guichet.quotes.invoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceFixture;
import guichet.quotes.invoice.InvoiceReading;
import guichet.quotes.invoice.InvoiceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/** Atlas's demo invoices: one paid, one partly paid, two drafts to merge; other tenants get none. */
@GuichetTest
@Import(InvoiceFixture.class)
class InvoicesDemoTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    InvoicesDemo demo;

    @Autowired
    InvoiceReading reading;

    @Test
    void theDemoCustomerHasAPaidAPartlyPaidInvoiceAndTwoDraftsToMerge() {
        TenantProfile tenant = tenants.create("invdemo", "quotes");
        CustomerId customer = fixture.customer(tenant, "Demo");
        demo.seed(tenant);
        assertThat(statuses(tenant)).isEmpty();

        fixture.in(tenant, () -> {
            demo.fill(tenant, customer);
            return null;
        });
        assertThat(statuses(tenant))
                .containsExactlyInAnyOrder(
                        InvoiceStatus.PAID, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.DRAFT, InvoiceStatus.DRAFT);
    }

    private List<InvoiceStatus> statuses(TenantProfile tenant) {
        return fixture.in(
                tenant,
                () -> reading.page(CustomerAccess.EVERYONE, null, null, PageRequest.of(0, 20))
                        .map(Invoice::status)
                        .getContent());
    }
}
