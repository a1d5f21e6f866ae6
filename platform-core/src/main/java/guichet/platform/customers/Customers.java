package guichet.platform.customers;

import guichet.platform.ids.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The current tenant's customers. Every call needs a tenant bound. Lists leave out customers merged into another; a
 * look-up by id or number still finds them, so that old links can say where the customer went.
 */
public interface Customers extends Repository<Customer, UUID> {

    Customer save(Customer customer);

    Optional<Customer> findById(UUID id);

    default Optional<Customer> find(CustomerId id) {
        return findById(id.value());
    }

    /**
     * The given ones, in no particular order. One array parameter rather than a list, so that Hibernate keeps the
     * query's translation from one call to the next whatever the number of ids (a list parameter is expanded into as
     * many parameters, which it translates anew at each call).
     */
    default List<Customer> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withIds(ids.toArray(UUID[]::new));
    }

    @Query(value = "select * from core_customer where id = any(:ids)", nativeQuery = true)
    List<Customer> withIds(UUID[] ids);

    /** The given customers, in the order of the ids (as a search answered them). */
    default List<Customer> inOrder(List<CustomerId> ids) {
        java.util.Map<UUID, Customer> found = new java.util.HashMap<>();
        findAllById(ids.stream().map(CustomerId::value).toList()).forEach(c -> found.put(c.id().value(), c));
        return ids.stream()
                .map(id -> found.get(id.value()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    Optional<Customer> findByNumber(String number);

    default Optional<Customer> findByNumber(CustomerNumber number) {
        return findByNumber(number.value());
    }

    Optional<Customer> findByExternalRef(String externalRef);

    /** The customers (merged or not) with these numbers, for a bulk synchronisation. */
    @Query("select c from Customer c where c.number in :numbers")
    List<Customer> findByNumberIn(Collection<String> numbers);

    /** The customers (merged or not) other systems know by these keys, for a bulk synchronisation. */
    @Query("select c from Customer c where c.externalRef in :refs")
    List<Customer> findByExternalRefIn(Collection<String> refs);

    /** The ids of the customers merged into this one, directly. */
    @Query("select c.id from Customer c where c.mergedIntoId = :survivor")
    List<UUID> findMergedInto(UUID survivor);

    /** Points the customers once merged into {@code merged} at {@code survivor}, as {@code merged} itself now is. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Customer c set c.mergedIntoId = :survivor where c.mergedIntoId = :merged")
    int repointMerged(UUID merged, UUID survivor);

    /** Makes the customers depending on reseller {@code merged} depend on {@code survivor}. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Customer c set c.resellerId = :survivor where c.resellerId = :merged and c.id <> :survivor")
    int transferDependents(UUID merged, UUID survivor);

    @Query("select c from Customer c where c.mergedIntoId is null")
    Page<Customer> findAll(Pageable page);

    @Query("select c from Customer c where c.mergedIntoId is null and c.stage = :stage")
    Page<Customer> findByStage(Customer.Stage stage, Pageable page);

    @Query("select c from Customer c where c.mergedIntoId is null and c.salesRepId = :rep")
    Page<Customer> findBySalesRepId(UUID rep, Pageable page);

    @Query("select c from Customer c where c.mergedIntoId is null and c.stage = :stage and c.salesRepId = :rep")
    Page<Customer> findByStageAndSalesRepId(Customer.Stage stage, UUID rep, Pageable page);

    /**
     * The customers at this stage that this access sees: a sales representative's own, everyone's for unrestricted
     * staff, none for a customer's account (no list of prospects is his to see).
     */
    default Page<Customer> findByStage(Customer.Stage stage, CustomerAccess access, Pageable page) {
        return switch (access) {
            case CustomerAccess.Everyone ignored -> findByStage(stage, page);
            case CustomerAccess.SalesRep(guichet.platform.ids.UserId rep) ->
                findByStageAndSalesRepId(stage, rep.value(), page);
            case CustomerAccess.Accounts ignored -> Page.empty(page);
        };
    }

    @Query("select c from Customer c where c.mergedIntoId is null and c.resellerId = :reseller")
    List<Customer> findByResellerId(UUID reseller);

    /** Customers (not merged) reachable at this e-mail address or phone number, whichever of their contacts it is. */
    @Query("""
            select distinct c from Customer c join c.contacts k
            where c.mergedIntoId is null and k.kind = :kind and k.normalized = :normalized""")
    List<Customer> findByContact(ContactPoint.Kind kind, String normalized);

    /** Customers (not merged) reachable at this e-mail address, in any case. */
    default List<Customer> findByEmail(String email) {
        return findByContact(ContactPoint.Kind.EMAIL, ContactPoint.normalize(ContactPoint.Kind.EMAIL, email));
    }

    @Query("select count(c) from Customer c where c.mergedIntoId is null and c.stage = :stage")
    long countByStage(Customer.Stage stage);

    @Query("select count(c) from Customer c where c.mergedIntoId is null and c.stage = :stage and c.salesRepId = :rep")
    long countByStageAndSalesRepId(Customer.Stage stage, UUID rep);

    /** How many customers at this stage this access sees (a sales representative: his own; a customer: none). */
    default long countByStage(Customer.Stage stage, CustomerAccess access) {
        return switch (access) {
            case CustomerAccess.Everyone ignored -> countByStage(stage);
            case CustomerAccess.SalesRep(guichet.platform.ids.UserId rep) ->
                countByStageAndSalesRepId(stage, rep.value());
            case CustomerAccess.Accounts ignored -> 0;
        };
    }

    @Query("select count(c) from Customer c where c.mergedIntoId is null")
    long count();

    /** The next number from the tenant's sequence, for a customer who brings none. */
    @Query(value = "select nextval('core_customer_number_seq')", nativeQuery = true)
    long nextNumberValue();

    default CustomerNumber nextNumber() {
        return new CustomerNumber("C" + String.format("%07d", nextNumberValue()));
    }
}
