package guichet.platform.filters;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's saved filters. */
interface SavedFilters extends Repository<SavedFilter, UUID> {

    SavedFilter save(SavedFilter filter);

    Optional<SavedFilter> findById(UUID id);

    void delete(SavedFilter filter);

    /** A user's own filters of a list and those shared with the tenant's staff, by name. */
    @Query("select f from SavedFilter f where f.listKey = :listKey and (f.ownerUserId = :owner or f.shared = true)"
            + " order by lower(f.name), f.createdAt")
    List<SavedFilter> visibleTo(String listKey, UUID owner);

    Optional<SavedFilter> findByOwnerUserIdAndListKeyAndName(UUID owner, String listKey, String name);
}
