package guichet.prospection.forum;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's forum categories: a handful, read whole. */
public interface ForumCategories extends Repository<ForumCategory, UUID> {

    ForumCategory save(ForumCategory category);

    Optional<ForumCategory> findById(UUID id);

    Optional<ForumCategory> findBySlug(String slug);

    List<ForumCategory> findAll(Sort sort);

    /** Everything, in the order the forum shows them. */
    default List<ForumCategory> ordered() {
        return findAll(Sort.by("position", "name"));
    }

    @Query("select coalesce(max(c.position), 0) from ForumCategory c")
    int lastPosition();

    /** How many published questions each category (first) holds (second), in one statement. */
    @Query("select q.categoryId, count(q) from Question q where q.state = guichet.prospection.forum.PostState.PUBLISHED"
            + " group by q.categoryId")
    List<Object[]> publishedCounts();
}
