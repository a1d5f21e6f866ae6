package guichet.shops.referential;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's issuing structures. */
public interface Structures extends Repository<Structure, UUID> {

    Structure save(Structure structure);

    Optional<Structure> findById(UUID id);

    Optional<Structure> findByCode(String code);

    List<Structure> findAll(Sort sort);

    List<Structure> findByPartnerId(UUID partner);

    /**
     * A structure and everything under it, to any depth, by a recursive query: the ids of the subtree, the structure
     * itself included.
     */
    @Query(
            value = "with recursive tree(id) as (select id from shp_structure where id = :root"
                    + " union all select s.id from shp_structure s join tree t on s.parent_id = t.id)"
                    + " select id from tree",
            nativeQuery = true)
    List<UUID> subtree(UUID root);

    /** Deletes these structures in one statement, so that a parent and its children go together. */
    @Modifying
    @Query(value = "delete from shp_structure where id = any(:ids)", nativeQuery = true)
    int deleteAll(UUID[] ids);
}
