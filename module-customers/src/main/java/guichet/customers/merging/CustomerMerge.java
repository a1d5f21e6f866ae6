package guichet.customers.merging;

import guichet.customers.CustomerMerged;
import guichet.customers.directory.CustomerDirectory;
import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.customers.PostalAddress;
import guichet.platform.history.InteractionLog;
import guichet.platform.ids.CustomerId;
import guichet.platform.sales.Sales;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tickets.Tickets;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the record that survives: his tickets (moved by the claims module on {@link CustomerMerged}),
 * sales, customer accounts and dependent customers move to the survivor, who also takes the contacts, addresses and details he lacked; the duplicate stays, pointing at the
 * survivor, so old links and his history still lead somewhere. Both must be visible to the user and still open.
 */
@Service
public class CustomerMerge {

    /** How many records moved in a merge. */
    public record Outcome(Customer survivor, Customer merged, int tickets, int sales, int accounts) {}

    private final CustomerDirectory directory;
    private final Customers customers;
    private final Tickets tickets;
    private final Sales sales;
    private final Users users;
    private final InteractionLog history;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final EntityManager entities;

    CustomerMerge(
            CustomerDirectory directory,
            Customers customers,
            Tickets tickets,
            Sales sales,
            Users users,
            InteractionLog history,
            ApplicationEventPublisher events,
            java.time.Clock clock,
            EntityManager entities) {
        this.entities = entities;
        this.directory = directory;
        this.customers = customers;
        this.tickets = tickets;
        this.sales = sales;
        this.users = users;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Merges {@code duplicate} into {@code survivor}. */
    @Transactional
    public Outcome merge(CustomerId survivorId, CustomerId duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw new IllegalArgumentException("A customer cannot be merged into himself");
        }
        Customer survivor = directory.editable(survivorId);
        Customer duplicate = directory.editable(duplicateId);
        Instant now = clock.instant();
        // The other system's key moves to the survivor once the duplicate has let go of it (the key is unique).
        String movedRef =
                survivor.externalRef().isEmpty() ? duplicate.externalRef().orElse(null) : null;
        absorb(survivor, duplicate, now);
        // The claims module moves the tickets when it hears of the merge, below; they are counted here, beforehand.
        int movedTickets =
                Math.toIntExact(tickets.countByCustomerId(duplicate.id().value()));
        int movedSales = sales.transferAll(duplicate.id().value(), survivor.id().value(), now);
        // One by one, not in bulk: each written account is announced, so no instance keeps acting for the duplicate.
        List<User> accounts = users.findByCustomerId(duplicate.id().value());
        accounts.forEach(account -> account.actFor(survivor.id(), now));
        int movedAccounts = accounts.size();
        customers.transferDependents(duplicate.id().value(), survivor.id().value());
        customers.repointMerged(duplicate.id().value(), survivor.id().value());
        duplicate.mergeInto(survivor.id(), now);
        customers.save(duplicate);
        entities.flush();
        if (movedRef != null) {
            survivor.linkExternal(movedRef, now);
        }
        customers.save(survivor);
        String summary = duplicate.number().value() + " · " + duplicate.displayName() + " → "
                + survivor.number().value() + " · " + movedTickets + " / " + movedSales + " / " + movedAccounts;
        history.record("CUSTOMER_MERGED", "customer", survivor.id().toString(), summary);
        history.record("CUSTOMER_MERGED_INTO", "customer", duplicate.id().toString(), summary);
        // Listeners move their own records of the duplicate (the claims module his tickets) in this transaction, so
        // that a failure there rolls the whole merge back (ADR 21).
        events.publishEvent(new CustomerMerged(TenantContext.require(), duplicate.id(), survivor.id()));
        return new Outcome(survivor, duplicate, movedTickets, movedSales, movedAccounts);
    }

    /** The survivor keeps what he has and takes what only the duplicate had. */
    private static void absorb(Customer survivor, Customer duplicate, Instant now) {
        List<ContactPoint> contacts = new ArrayList<>(survivor.contacts());
        duplicate.contacts().stream().filter(c -> !contacts.contains(c)).forEach(contacts::add);
        survivor.withContacts(contacts, now);
        List<PostalAddress> addresses = new ArrayList<>(survivor.addresses());
        duplicate.addresses().stream()
                .filter(a -> addresses.stream().noneMatch(b -> sameAddress(a, b)))
                .forEach(addresses::add);
        survivor.withAddresses(addresses, now);
        if (survivor.kind() == duplicate.kind()) {
            survivor.describe(
                    survivor.kind(),
                    firstNonNull(survivor.firstName(), duplicate.firstName()),
                    survivor.lastName(),
                    survivor.companyName(),
                    firstNonNull(survivor.birthDate(), duplicate.birthDate()),
                    firstNonNull(survivor.registrationNumber(), duplicate.registrationNumber()),
                    now);
        }
        if (survivor.segment() == null) {
            survivor.classify(duplicate.segment(), now);
        }
        if (survivor.salesRep().isEmpty()) {
            survivor.assignSalesRep(duplicate.salesRep().orElse(null), now);
        }
        if (survivor.reseller().isEmpty()) {
            duplicate.reseller().filter(r -> !r.equals(survivor.id())).ifPresent(r -> survivor.dependOn(r, now));
        } else if (survivor.reseller().get().equals(duplicate.id())) {
            survivor.dependOn(null, now);
        }
        if (survivor.isProspect() && !duplicate.isProspect()) {
            survivor.convert(now);
        }
    }

    private static boolean sameAddress(PostalAddress a, PostalAddress b) {
        return a.line1().equalsIgnoreCase(b.line1()) && Objects.equals(a.postalCode(), b.postalCode());
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
