package guichet.customers.wiki;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The files attached to the current tenant's wiki pages. */
public interface WikiAttachments extends Repository<WikiAttachment, UUID> {

    WikiAttachment save(WikiAttachment attachment);

    @Query("select a from WikiAttachment a where a.pageId = :page order by a.uploadedAt")
    List<WikiAttachment> of(UUID page);

    @Query("select a from WikiAttachment a where a.pageId = :page and a.id = :id")
    Optional<WikiAttachment> find(UUID page, UUID id);

    /** The blob keys of a customer's pages' files, to delete with them. */
    @Query(
            value = "select a.blob_key from cus_wiki_attachment a join cus_wiki_page p on p.id = a.page_id"
                    + " where p.customer_id = :customer",
            nativeQuery = true)
    List<String> blobsOf(UUID customer);
}
