package guichet.customers.wiki;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The revisions of the current tenant's wiki pages. */
public interface WikiRevisions extends Repository<WikiRevision, UUID> {

    WikiRevision save(WikiRevision revision);

    @Query("select r from WikiRevision r where r.pageId = :page order by r.number desc")
    List<WikiRevision> of(UUID page);

    @Query("select r from WikiRevision r where r.pageId = :page and r.number = :number")
    Optional<WikiRevision> find(UUID page, int number);
}
