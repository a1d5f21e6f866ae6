package guichet.platform.history;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's interaction history. */
public interface Interactions extends Repository<Interaction, UUID>, JpaSpecificationExecutor<Interaction> {

    Interaction save(Interaction interaction);

    /** Which of these external ids (Keycloak event ids) are already in the history. */
    /**
     * Every action the tenant's history holds, in order: a walk down the index on {@code action}, one step per action
     * (never a scan of the history, however long).
     */
    @Query(value = """
                    with recursive walk (action) as (
                        (select action from core_interaction order by action limit 1)
                        union all
                        select (select i.action from core_interaction i where i.action > walk.action
                                order by i.action limit 1)
                        from walk where walk.action is not null)
                    select action from walk where action is not null""", nativeQuery = true)
    List<String> recordedActions();

    @Query("select i.externalId from Interaction i where i.externalId in :ids")
    Set<String> findExternalIdsIn(Collection<String> ids);

    /** Entries matching the filters given; a null filter matches everything. */
    default Page<Interaction> search(
            @Nullable String action,
            @Nullable String actor,
            @Nullable Instant from,
            @Nullable Instant to,
            Pageable page) {
        Specification<Interaction> filters = Specification.unrestricted();
        if (action != null) {
            filters = filters.and((root, query, where) -> where.equal(root.get("action"), action));
        }
        if (actor != null) {
            String pattern = "%" + actor.toLowerCase(java.util.Locale.ROOT) + "%";
            filters = filters.and((root, query, where) -> where.like(where.lower(root.get("actorLabel")), pattern));
        }
        if (from != null) {
            filters = filters.and((root, query, where) -> where.greaterThanOrEqualTo(root.get("occurredAt"), from));
        }
        if (to != null) {
            filters = filters.and((root, query, where) -> where.lessThan(root.get("occurredAt"), to));
        }
        return findAll(filters, page);
    }

    /** What happened to these subjects (a customer and those merged into him, say), the latest first. */
    default Page<Interaction> about(String subjectType, Collection<String> subjectIds, Pageable page) {
        Specification<Interaction> filters = (root, query, where) -> where.and(
                where.equal(root.get("subjectType"), subjectType),
                root.get("subjectId").in(subjectIds));
        return findAll(filters, page);
    }

    /** Erases the summaries of what happened to these subjects (they may name a person who asked to be forgotten). */
    @org.springframework.data.jpa.repository.Modifying
    @Query(
            "update Interaction i set i.summary = null where i.subjectType = :subjectType and i.subjectId in :subjectIds")
    int eraseSummaries(String subjectType, Collection<String> subjectIds);

    @Query(
            "select max(i.occurredAt) from Interaction i where i.source = guichet.platform.history.Interaction.Source.KEYCLOAK")
    Optional<Instant> lastImported();
}
