package guichet.platform.contact;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every tenant's messages passed on to the platform owner (the platform's schema). */
interface PassedOnMessages extends Repository<PassedOnMessage, UUID> {

    PassedOnMessage save(PassedOnMessage message);

    Optional<PassedOnMessage> findById(UUID id);

    Optional<PassedOnMessage> findByTenantSlugAndMessageId(String tenantSlug, UUID messageId);

    Page<PassedOnMessage> findAll(Pageable page);

    /** Renames the author of a tenant's messages passed on (he is forgotten). */
    @Modifying
    @Query(
            "update PassedOnMessage p set p.authorName = :name where p.tenantSlug = :tenant and p.messageId in :messages")
    int renameAuthor(String tenant, Collection<UUID> messages, String name);

    /** Those the owner has not answered yet. */
    Page<PassedOnMessage> findByAnsweredAtIsNull(Pageable page);
}
