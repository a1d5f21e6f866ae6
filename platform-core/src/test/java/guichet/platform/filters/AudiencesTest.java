package guichet.platform.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.search.CustomerQuery;
import guichet.platform.search.SearchEngine;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.platform.web.NotFound;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Saved filters of an audience list serve other modules as audiences: those the user sees, resolved by the list's
 * owner within the user's own access, and nothing of another user's private filters or of another tenant. The
 * signed-in user is put on the request as the security filters put him.
 */
@GuichetTest
class AudiencesTest {

    private static final String PEOPLE = "probe.people";
    private static final String NOTES = "probe.notes";
    private static final String VIEW = "probe.view";

    @Autowired
    TestTenants tenants;

    @Autowired
    Audiences audiences;

    @Autowired
    FilterLibrary library;

    @Autowired
    Customers customers;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate transactions;

    TenantProfile tenant;
    GuichetUser agent;
    GuichetUser firstRep;
    GuichetUser secondRep;

    @BeforeEach
    void team() {
        tenant = tenants.create("aud");
        agent = staff(tenant, "agent", Role.AGENT);
        firstRep = staff(tenant, "first", Role.SALES_REP);
        secondRep = staff(tenant, "second", Role.SALES_REP);
    }

    @Test
    void aSharedFilterIsAnAudienceForTheTeamAndAPrivateOneForItsOwnerOnly() {
        SavedFilter shared = as(agent, () -> library.save(PEOPLE, "Entreprises", "segment=Entreprises", true));
        SavedFilter own = as(agent, () -> library.save(PEOPLE, "Mes particuliers", "segment=Particuliers", false));

        assertThat(as(agent, audiences::available))
                .extracting(Audiences.Audience::name)
                .containsExactly("Entreprises", "Mes particuliers");
        assertThat(as(firstRep, audiences::available))
                .extracting(Audiences.Audience::name)
                .containsExactly("Entreprises");
        assertThat(as(firstRep, () -> audiences.find(shared.id())).listLabelKey())
                .isEqualTo("probe.people.title");
        assertThatThrownBy(() -> as(firstRep, () -> audiences.find(own.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(firstRep, () -> audiences.customers(own.id(), PageRequest.of(0, 10))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aSalesRepresentativesAudienceYieldsOnlyHisOwnCustomers() {
        Customer ofFirst = customer("Atlas SARL", "Entreprises", firstRep.id());
        Customer alsoOfFirst = customer("Sfax Logistique", "Entreprises", firstRep.id());
        Customer ofSecond = customer("Médina Export", "Entreprises", secondRep.id());
        customer("Amira", "Particuliers", firstRep.id());
        SavedFilter companies = as(agent, () -> library.save(PEOPLE, "Entreprises", "segment=Entreprises", true));

        assertThat(members(agent, companies)).containsExactlyInAnyOrder(ofFirst.id(), alsoOfFirst.id(), ofSecond.id());
        assertThat(members(firstRep, companies)).containsExactlyInAnyOrder(ofFirst.id(), alsoOfFirst.id());
        assertThat(members(secondRep, companies)).containsExactly(ofSecond.id());
    }

    @Test
    void anAudiencesCustomersArePagedInAStableOrder() {
        for (int i = 0; i < 5; i++) {
            customer("Client " + i, "Entreprises", null);
        }
        SavedFilter companies = as(agent, () -> library.save(PEOPLE, "Entreprises", "segment=Entreprises", true));
        List<CustomerId> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Pageable request = PageRequest.of(page, 2);
            seen.addAll(as(agent, () -> audiences.customers(companies.id(), request))
                    .getContent());
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void theFilterOfAListThatIsNoAudienceIsNone() {
        SavedFilter note = as(agent, () -> library.save(NOTES, "Récentes", "since=2026-01-01", true));
        assertThat(as(agent, audiences::available)).isEmpty();
        assertThatThrownBy(() -> as(agent, () -> audiences.find(note.id()))).isInstanceOf(NotFound.class);
    }

    @Test
    void anotherTenantsAudienceIsNotFound() {
        SavedFilter companies = as(agent, () -> library.save(PEOPLE, "Entreprises", "segment=Entreprises", true));
        TenantProfile other = tenants.create("audother");
        GuichetUser otherAgent = staff(other, "agent", Role.AGENT);
        assertThatThrownBy(() ->
                        TenantContext.call(other.id(), () -> as(otherAgent, () -> audiences.find(companies.id()))))
                .isInstanceOf(NotFound.class);
        assertThat(TenantContext.call(other.id(), () -> as(otherAgent, audiences::available)))
                .isEmpty();
    }

    @Test
    void aCustomerAccountHasNoAudiences() {
        SavedFilter companies = as(agent, () -> library.save(PEOPLE, "Entreprises", "segment=Entreprises", true));
        GuichetUser customer = new GuichetUser(
                tenant.id(),
                new UserId(java.util.UUID.randomUUID()),
                "subject",
                "client@aud.test",
                "Client",
                Set.of(Role.CUSTOMER),
                Set.of(VIEW),
                null,
                null);
        assertThat(as(customer, audiences::available)).isEmpty();
        assertThatThrownBy(() -> as(customer, () -> audiences.find(companies.id())))
                .isInstanceOf(NotFound.class);
    }

    private List<CustomerId> members(GuichetUser user, SavedFilter filter) {
        return as(user, () -> audiences.customers(filter.id(), PageRequest.of(0, 100)))
                .getContent();
    }

    private Customer customer(String name, String segment, UserId rep) {
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status -> customers.save(
                        Customer.company(customers.nextNumber(), Customer.Stage.CUSTOMER, name, Instant.now())
                                .classify(segment, Instant.now())
                                .assignSalesRep(rep, Instant.now()))));
    }

    private GuichetUser staff(TenantProfile in, String name, Role role) {
        User user = TenantContext.call(
                in.id(),
                () -> transactions.execute(status ->
                        users.save(User.staff(name + "@" + in.slug() + ".test", "Agent", name, Instant.now()))));
        return new GuichetUser(
                in.id(), user.id(), name, user.email(), user.displayName(), Set.of(role), Set.of(VIEW), null, null);
    }

    /** Runs as this user, signed in on a request of his tenant. */
    private <T> T as(GuichetUser user, Supplier<T> work) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(CurrentUser.ATTRIBUTE, user);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return TenantContext.current().isPresent() ? work.get() : TenantContext.call(user.tenant(), work::get);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** Two lists of a probe module: people, whose filters are audiences, and notes, whose filters are not. */
    @TestConfiguration
    static class ProbeLists {

        @Bean
        FilterableList probePeople() {
            return new FilterableList(PEOPLE, "/probe/people", "probe.people.title", VIEW);
        }

        @Bean
        FilterableList probeNotes() {
            return new FilterableList(NOTES, "/probe/notes", "probe.notes.title", VIEW);
        }

        /** The people list's one criterion, {@code segment}, searched through the search port. */
        @Bean
        AudienceSource probePeopleAudience(SearchEngine search) {
            return new AudienceSource() {
                @Override
                public String listKey() {
                    return PEOPLE;
                }

                @Override
                public Page<CustomerId> customers(String query, CustomerAccess access, Pageable page) {
                    String segment = query.startsWith("segment=")
                            ? URLDecoder.decode(query.substring("segment=".length()), StandardCharsets.UTF_8)
                            : null;
                    return search.findCustomers(
                            new CustomerQuery(null, access, null, null, segment, null),
                            PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("number")));
                }
            };
        }
    }
}
