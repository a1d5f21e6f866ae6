package guichet.customers.wiki;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's wiki pages. */
public interface WikiPages extends Repository<WikiPage, UUID> {

    WikiPage save(WikiPage page);

    Optional<WikiPage> findById(UUID id);

    @Query("select p from WikiPage p where p.customerId = :customer order by p.updatedAt desc")
    List<WikiPage> of(UUID customer);

    @Query(value = "select * from cus_wiki_page where id = any(:ids)", nativeQuery = true)
    List<WikiPage> withIds(UUID[] ids);

    @Query("select p from WikiPage p where p.customerId in :customers and p.shared order by p.updatedAt desc")
    List<WikiPage> sharedWith(Collection<UUID> customers);

    /** Moves a merged customer's pages to the customer he was merged into. */
    @Modifying
    @Query(value = "update cus_wiki_page set customer_id = :survivor where customer_id = :merged", nativeQuery = true)
    int move(UUID merged, UUID survivor);

    /** Deletes a customer's pages with their revisions (his personal data, when he is anonymised). */
    @Modifying
    @Query(value = "delete from cus_wiki_page where customer_id = :customer", nativeQuery = true)
    int deleteOf(UUID customer);
}
