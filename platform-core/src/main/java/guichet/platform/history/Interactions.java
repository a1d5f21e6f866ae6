package guichet.platform.history;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's interaction history. */
public interface Interactions extends Repository<Interaction, UUID> {

    Interaction save(Interaction interaction);

    boolean existsByExternalId(String externalId);

    /** Entries matching the filters given (a null filter matches everything). */
    @Query("""
            select i from Interaction i
            where (:action is null or i.action = :action)
              and (:actor is null or lower(i.actorLabel) like lower(concat('%', cast(:actor as string), '%')))
              and (:from is null or i.occurredAt >= :from)
              and (:to is null or i.occurredAt < :to)""")
    Page<Interaction> search(
            @Nullable String action,
            @Nullable String actor,
            @Nullable Instant from,
            @Nullable Instant to,
            Pageable page);

    @Query(
            "select max(i.occurredAt) from Interaction i where i.source = guichet.platform.history.Interaction.Source.KEYCLOAK")
    Optional<Instant> lastImported();
}
