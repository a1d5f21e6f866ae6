package guichet.platform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.tenancy.NoTenantException;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@GuichetTest
class CustomersAreIsolatedPerTenantTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    Customers customers;

    @Autowired
    TransactionTemplate transactions;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    @Test
    void theSameCustomerNumberInTwoTenantsNamesTwoDifferentPeople() {
        TenantProfile first = tenants.create("iso");
        TenantProfile second = tenants.create("iso");
        CustomerNumber number = new CustomerNumber("C-4242");
        save(first, Customer.person(number, Customer.Stage.CUSTOMER, "Amira", "Ben Salah", Instant.now()));
        save(second, Customer.person(number, Customer.Stage.CUSTOMER, "Koffi", "Adjovi", Instant.now()));

        assertThat(nameOf(first, number)).isEqualTo("Amira Ben Salah");
        assertThat(nameOf(second, number)).isEqualTo("Koffi Adjovi");
        assertThat(TenantContext.call(first.id(), customers::count)).isEqualTo(1);
        assertThat(TenantContext.call(second.id(), customers::count)).isEqualTo(1);
    }

    @Test
    void aRepositoryCallWithNoTenantBoundFailsLoudly() {
        assertThatThrownBy(() -> customers.count())
                .isInstanceOf(NoTenantException.class)
                .hasMessageContaining("Customers.count was called with no tenant bound");
    }

    @Test
    void thePlatformScopeIsNoTenantEither() {
        assertThatThrownBy(() -> TenantContext.callAsPlatform(customers::count)).isInstanceOf(NoTenantException.class);
    }

    @Test
    void evenAQueryWrittenByHandOutsideRepositoriesCannotReachTenantDataWithoutATenant() {
        assertThatThrownBy(() -> transactions.execute(status -> entityManager
                        .createNativeQuery("select count(*) from core_customer")
                        .getSingleResult()))
                .hasStackTraceContaining("core_customer");
    }

    private void save(TenantProfile tenant, Customer customer) {
        TenantContext.run(tenant.id(), () -> transactions.executeWithoutResult(status -> customers.save(customer)));
    }

    private String nameOf(TenantProfile tenant, CustomerNumber number) {
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(
                        status -> customers.findByNumber(number).orElseThrow().displayName()));
    }
}
