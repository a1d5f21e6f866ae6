package guichet.platform.contact;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Every tenant's messages passed on to the platform owner (the platform's schema). */
interface PassedOnMessages extends Repository<PassedOnMessage, UUID> {

    PassedOnMessage save(PassedOnMessage message);

    Optional<PassedOnMessage> findById(UUID id);

    Optional<PassedOnMessage> findByTenantSlugAndMessageId(String tenantSlug, UUID messageId);

    Page<PassedOnMessage> findAll(Pageable page);

    /** Those the owner has not answered yet. */
    Page<PassedOnMessage> findByAnsweredAtIsNull(Pageable page);
}
