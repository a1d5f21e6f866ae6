package guichet.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.ids.UserId;
import guichet.platform.notifications.InAppNotification;
import guichet.platform.notifications.Inbox;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.CustomerRegistered;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

/** Each active administrator hears of a customer who registered himself, by e-mail and on the platform. */
@GuichetTest
class RegistrationNoticesTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Users users;

    @Autowired
    Customers customers;

    @Autowired
    Inbox inbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyActiveAdministratorAndNobodyElseIsNotified() {
        TenantProfile tenant = tenants.create("notice");
        User first = accounts.staff(tenant, "premier", Role.TENANT_ADMIN);
        User second = accounts.staff(tenant, "second", Role.AGENT, Role.TENANT_ADMIN);
        User retired = accounts.staff(tenant, "ancien", Role.TENANT_ADMIN);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    User stored = users.find(retired.id()).orElseThrow();
                    stored.deactivate(Instant.now());
                    users.save(stored);
                }));

        String email = "nadia@" + tenant.slug() + ".test";
        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    Customer prospect = customers.save(Customer.person(
                            customers.nextNumber(), Customer.Stage.PROSPECT, "Nadia", "Haddad", Instant.now()));
                    events.publishEvent(new CustomerRegistered(
                            tenant.id(), new UserId(UUID.randomUUID()), prospect.id(), email, "Nadia Haddad"));
                }));

        for (User administrator : List.of(first, second)) {
            assertThat(Mailbox.waitFor(administrator.email(), "Nouvelle inscription : Nadia Haddad")
                            .body())
                    .contains(email)
                    .contains("/admin/users/");
            List<InAppNotification> shown = await().atMost(Duration.ofSeconds(10))
                    .until(() -> inApp(tenant, administrator), list -> !list.isEmpty());
            assertThat(shown).singleElement().satisfies(notice -> {
                assertThat(notice.kind()).isEqualTo(RegistrationNotices.KIND);
                assertThat(notice.body()).contains("Nadia Haddad (" + email + ")");
            });
        }
        assertThat(Mailbox.count(retired.email(), "Nadia Haddad")).isZero();
        assertThat(Mailbox.count(agent.email(), "Nadia Haddad")).isZero();
        assertThat(inApp(tenant, retired)).isEmpty();
        assertThat(inApp(tenant, agent)).isEmpty();
    }

    private List<InAppNotification> inApp(TenantProfile tenant, User user) {
        return TenantContext.call(
                tenant.id(), () -> inbox.of(user.id(), Pageable.unpaged()).getContent());
    }
}
