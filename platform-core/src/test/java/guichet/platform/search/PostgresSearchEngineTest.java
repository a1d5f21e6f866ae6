package guichet.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/** The default search engine of customers and products against a real tenant schema on PostgreSQL. */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSearchEngineTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    SearchEngine search;

    @Autowired
    Customers customers;

    @Autowired
    Products products;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate transactions;

    private TenantProfile tenant;
    private TenantProfile other;
    private Customer helene;
    private Customer ahmed;
    private Customer company;
    private User rep;

    @BeforeAll
    void fill() {
        tenant = tenants.create("search");
        other = tenants.create("search");
        Instant now = Instant.now();
        inTenant(() -> {
            rep = users.save(User.staff("rep@search.test", "Rita", "Rep", now));
            helene = customers.save(
                    Customer.person(customers.nextNumber(), Customer.Stage.CUSTOMER, "Hélène", "Dupré", now)
                            .withContacts(
                                    List.of(
                                            ContactPoint.email("helene.dupre@exemple.fr", null),
                                            ContactPoint.email("h.d@travail.fr", "bureau"),
                                            ContactPoint.phone("+216 20 123 456", null)),
                                    now)
                            .assignSalesRep(rep.id(), now));
            ahmed = customers.save(
                    Customer.person(customers.nextNumber(), Customer.Stage.PROSPECT, "أَحْمَد", "بن علي", now));
            company = customers.save(
                    Customer.company(customers.nextNumber(), Customer.Stage.CUSTOMER, "Imprimerie Lemoine", now));
            products.save(new Product("PRN-LJ100", "Imprimante laser LJ100", Product.Kind.PRODUCT, "HP", now));
            products.save(new Product("PRN-INK20", "Imprimante jet d'encre", Product.Kind.PRODUCT, "Epson", now));
            Product old = new Product("SCN-01", "Scanner à plat", Product.Kind.PRODUCT, "Canon", now);
            old.withdrawFromSale(now);
            products.save(old);
            return null;
        });
        TenantContext.run(
                other.id(),
                () -> transactions.executeWithoutResult(status -> customers.save(
                        Customer.person(customers.nextNumber(), Customer.Stage.CUSTOMER, "Hélène", "Autre", now))));
    }

    @Test
    void customersAreFoundFromTheStartOfAnyWordIgnoringAccentsAndCase() {
        assertThat(names(() -> search.suggestCustomers("hel", CustomerAccess.EVERYONE, 10)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.suggestCustomers("DUPRE hél", CustomerAccess.EVERYONE, 10)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.suggestCustomers("lemoi", CustomerAccess.EVERYONE, 10)))
                .containsExactly("Imprimerie Lemoine");
        assertThat(names(() -> search.suggestCustomers("upr", CustomerAccess.EVERYONE, 10)))
                .isEmpty();
    }

    @Test
    void customersAreFoundByAnyEmailPhoneDigitsOrNumber() {
        assertThat(names(() -> search.suggestCustomers("travail", CustomerAccess.EVERYONE, 10)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.suggestCustomers("20123", CustomerAccess.EVERYONE, 10)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.suggestCustomers(company.number().value(), CustomerAccess.EVERYONE, 10)))
                .containsExactly("Imprimerie Lemoine");
    }

    @Test
    void aPieceOfAnAddressFindsItsOwnerFromInsideTheAddress() {
        assertThat(names(() -> search.suggestCustomers("dupre@exe", CustomerAccess.EVERYONE, 10)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.suggestCustomers("E.DUPRE@EXEMPLE.F", CustomerAccess.EVERYONE, 10)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.suggestCustomers("h.d@trav", CustomerAccess.EVERYONE, 10)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.suggestCustomers("dupre@trav", CustomerAccess.EVERYONE, 10)))
                .as("no address holds it")
                .isEmpty();
    }

    @Test
    void arabicNamesAreFoundWithoutTheirDiacritics() {
        assertThat(names(() -> search.suggestCustomers("احمد", CustomerAccess.EVERYONE, 10)))
                .containsExactly(ahmed.displayName());
    }

    @Test
    void aSalesRepFindsOnlyHisCustomersAndACustomerOnlyHimself() {
        assertThat(names(() -> search.suggestCustomers("imp", new CustomerAccess.SalesRep(rep.id()), 10)))
                .isEmpty();
        assertThat(names(() -> search.suggestCustomers("hel", new CustomerAccess.SalesRep(rep.id()), 10)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.suggestCustomers("hel", new CustomerAccess.Accounts(Set.of(company.id())), 10)))
                .isEmpty();
    }

    @Test
    void anotherTenantsCustomersAreNeverFound() {
        assertThat(TenantContext.call(other.id(), () -> search.suggestCustomers("dupre", CustomerAccess.EVERYONE, 10)))
                .isEmpty();
    }

    @Test
    void aPageOfCustomersIsFilteredAndSorted() {
        List<CustomerId> page = TenantContext.call(
                tenant.id(),
                () -> search.findCustomers(
                                new CustomerQuery(
                                        null, CustomerAccess.EVERYONE, Customer.Stage.CUSTOMER, null, null, null),
                                PageRequest.of(0, 10, Sort.by("number")))
                        .getContent());
        assertThat(page).containsExactly(helene.id(), company.id());
    }

    @Test
    void likelyDuplicatesShareAnEmailOrPhoneOrHaveASimilarName() {
        assertThat(names(() -> search.likelyDuplicates(
                        "Quelqu'un", List.of("H.D@Travail.fr"), List.of(), CustomerAccess.EVERYONE, 5)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() -> search.likelyDuplicates(
                        "Quelqu'un", List.of(), List.of("(+216) 20.123.456"), CustomerAccess.EVERYONE, 5)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() ->
                        search.likelyDuplicates("helene dupre", List.of(), List.of(), CustomerAccess.EVERYONE, 5)))
                .containsExactly("Hélène Dupré");
        assertThat(names(() ->
                        search.likelyDuplicates("Imprimerie Lemoin", List.of(), List.of(), CustomerAccess.EVERYONE, 5)))
                .containsExactly("Imprimerie Lemoine");
        assertThat(names(() -> search.likelyDuplicates(
                        "Zoé Martin", List.of("z@m.fr"), List.of("123"), CustomerAccess.EVERYONE, 5)))
                .isEmpty();
    }

    @Test
    void likelyDuplicatesStayWithinTheAccessAndTheTenant() {
        assertThat(names(() -> search.likelyDuplicates(
                        "Imprimerie Lemoine", List.of(), List.of(), new CustomerAccess.SalesRep(rep.id()), 5)))
                .isEmpty();
        assertThat(TenantContext.call(
                        other.id(),
                        () -> search.likelyDuplicates(
                                "Hélène Autre",
                                List.of("helene.dupre@exemple.fr"),
                                List.of(),
                                CustomerAccess.EVERYONE,
                                5)))
                .hasSize(1);
        assertThat(TenantContext.call(
                        other.id(),
                        () -> search.likelyDuplicates(
                                "Quelqu'un",
                                List.of("helene.dupre@exemple.fr"),
                                List.of(),
                                CustomerAccess.EVERYONE,
                                5)))
                .isEmpty();
    }

    @Test
    void productsAreFoundByAnyPartOfTheirReferenceOrDesignation() {
        assertThat(productCodes("rima", false)).containsExactly("PRN-INK20", "PRN-LJ100");
        assertThat(productCodes("lj1", false)).containsExactly("PRN-LJ100");
        assertThat(productCodes("plat", false)).containsExactly("SCN-01");
        assertThat(productCodes("plat", true)).isEmpty();
    }

    private List<String> names(Supplier<List<CustomerId>> found) {
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status -> customers.inOrder(found.get()).stream()
                        .map(Customer::displayName)
                        .toList()));
    }

    private List<String> productCodes(String typed, boolean onSale) {
        return TenantContext.call(
                tenant.id(),
                () ->
                        transactions.execute(status -> products
                                .findAllById(search.findProducts(typed, onSale, 10).stream()
                                        .map(id -> id.value())
                                        .toList())
                                .stream()
                                .map(Product::code)
                                .sorted()
                                .toList()));
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
