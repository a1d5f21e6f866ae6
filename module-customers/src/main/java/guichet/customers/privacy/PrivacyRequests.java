package guichet.customers.privacy;

import guichet.customers.CustomerAnonymised;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.directory.CustomerFile;
import guichet.platform.accounts.UserAdministration;
import guichet.platform.customers.Customer;
import guichet.platform.history.InteractionLog;
import guichet.platform.history.Interactions;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tickets.Tickets;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal data requests: the export of everything held about a customer, and his anonymisation, which erases what
 * identifies him (names, contacts, addresses, references, the summaries of his history) while keeping what statistics
 * count (kind, stage, segment, birth year, dates, sales); his accounts are erased (deleted from the realm, kept in
 * Guichet without name or address) and other modules told through
 * {@link CustomerAnonymised}.
 */
@Service
public class PrivacyRequests {

    private static final int MAX_ROWS = 10_000;

    private final CustomerDirectory directory;
    private final CustomerFile file;
    private final Users users;
    private final Tickets tickets;
    private final Interactions interactions;
    private final InteractionLog history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserAdministration administration;

    PrivacyRequests(
            CustomerDirectory directory,
            CustomerFile file,
            Users users,
            Tickets tickets,
            Interactions interactions,
            InteractionLog history,
            ApplicationEventPublisher events,
            Clock clock,
            UserAdministration administration) {
        this.administration = administration;
        this.directory = directory;
        this.file = file;
        this.users = users;
        this.tickets = tickets;
        this.interactions = interactions;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Everything held about a customer the user may see; the export itself is recorded in his history. */
    @Transactional
    public PersonalData export(CustomerId id) {
        Customer c = directory.visible(id);
        PersonalData data = new PersonalData(
                clock.instant(),
                new PersonalData.Identity(
                        c.number().value(),
                        c.kind().name(),
                        c.stage().name(),
                        c.firstName(),
                        c.lastName(),
                        c.companyName(),
                        c.birthDate(),
                        c.registrationNumber(),
                        c.segment(),
                        c.consentsToEmail(),
                        c.consentsToSms(),
                        c.consentsToPhone(),
                        c.externalRef().orElse(null),
                        c.createdAt(),
                        c.convertedAt().orElse(null)),
                c.contacts().stream()
                        .map(k -> new PersonalData.Contact(k.kind().name(), k.value(), k.label()))
                        .toList(),
                c.addresses().stream()
                        .map(a -> new PersonalData.Address(
                                a.label(), a.line1(), a.line2(), a.postalCode(), a.city(), a.country()))
                        .toList(),
                file.purchases(c.id()).stream()
                        .map(p -> new PersonalData.Purchase(
                                p.product().code(),
                                p.product().name(),
                                p.sale().serialNumber().map(s -> s.value()).orElse(null),
                                p.sale().soldOn(),
                                p.sale().status().name()))
                        .toList(),
                users.findByCustomerId(c.id().value()).stream()
                        .map(u -> new PersonalData.Account(u.email(), u.displayName(), u.active()))
                        .toList(),
                tickets
                        .findByCustomerId(c.id().value(), PageRequest.of(0, MAX_ROWS, Sort.by("createdAt", "id")))
                        .stream()
                        .map(t -> new PersonalData.Request(t.number(), t.title(), t.status(), t.createdAt()))
                        .toList(),
                file.history(c.id(), PageRequest.of(0, MAX_ROWS, Sort.by(Sort.Direction.DESC, "occurredAt"))).stream()
                        .map(i -> new PersonalData.Event(i.occurredAt(), i.action(), i.actorLabel(), i.summary()))
                        .toList());
        history.record(
                "CUSTOMER_EXPORTED", "customer", c.id().toString(), c.number().value());
        return data;
    }

    /** Erases what identifies the customer, on his request. */
    @Transactional
    public Customer anonymise(CustomerId id) {
        Customer customer = directory.editable(id);
        customer.anonymise(clock.instant());
        interactions.eraseSummaries("customer", List.copyOf(file.lineage(customer.id())));
        List<User> accounts = users.findByCustomerId(customer.id().value());
        interactions.eraseSummaries(
                "user", accounts.stream().map(a -> a.id().toString()).toList());
        for (User account : accounts) {
            administration.erase(account.id());
        }
        history.record(
                "CUSTOMER_ANONYMISED",
                "customer",
                customer.id().toString(),
                customer.number().value());
        events.publishEvent(new CustomerAnonymised(TenantContext.require(), customer.id()));
        return customer;
    }
}
