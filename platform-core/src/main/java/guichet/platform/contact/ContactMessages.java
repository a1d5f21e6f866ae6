package guichet.platform.contact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's contact messages. */
interface ContactMessages extends Repository<ContactMessage, UUID>, JpaSpecificationExecutor<ContactMessage> {

    ContactMessage save(ContactMessage message);

    Optional<ContactMessage> findById(UUID id);

    /** The inbox: messages of a status and a kind, or all when null. */
    default Page<ContactMessage> inbox(
            ContactMessage.@Nullable Status status, ContactMessage.@Nullable Kind kind, Pageable page) {
        Specification<ContactMessage> filters = Specification.unrestricted();
        if (status != null) {
            filters = filters.and((root, query, where) -> where.equal(root.get("status"), status));
        }
        if (kind != null) {
            filters = filters.and((root, query, where) -> where.equal(root.get("kind"), kind));
        }
        return findAll(filters, page);
    }

    /** The ids of one author's messages. */
    @Query("select m.id from ContactMessage m where m.authorId = :author")
    List<UUID> idsByAuthor(UUID author);

    /** Replaces the name and address kept of an author who is forgotten. */
    @Modifying
    @Query("update ContactMessage m set m.authorName = :name, m.authorEmail = :email where m.authorId = :author")
    int renameAuthor(UUID author, String name, String email);

    /** One author's messages. */
    default Page<ContactMessage> byAuthor(UUID author, Pageable page) {
        return findAll((root, query, where) -> where.equal(root.get("authorId"), author), page);
    }
}
