package guichet.platform.sites;

import guichet.platform.ids.SiteId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's sites. */
public interface Sites extends Repository<Site, UUID> {

    Site save(Site site);

    Optional<Site> findById(UUID id);

    default Optional<Site> find(SiteId id) {
        return findById(id.value());
    }

    Optional<Site> findByCode(String code);

    List<Site> findAll(Sort sort);

    /** The sites of these ids, in one query, in no particular order; unknown ids are left out. */
    List<Site> findAllById(Iterable<UUID> ids);

    Page<Site> findAll(Pageable page);

    long count();

    List<Site> findByActiveTrue(Sort sort);

    /** The towns where an open site with a position stands, in order: one row per town, not per site. */
    @Query("select distinct s.city from Site s where s.active and s.city is not null and s.latitude is not null"
            + " order by s.city")
    List<String> activeTowns();

    /** The middle of the open sites with a position in these towns: mean latitude and longitude. */
    @Query("select avg(s.latitude), avg(s.longitude) from Site s where s.active and s.latitude is not null"
            + " and s.city in :towns")
    List<Object[]> middleOf(Collection<String> towns);

    /**
     * The open sites with coordinates, nearest first: a walk of the GiST index over {@code sphere_point} (core/V12),
     * which reads {@code limit} rows after {@code offset} whatever the number of sites.
     */
    default List<Site> nearest(Position from, int offset, int limit) {
        double[] point = from.onUnitSphere();
        return nearest(point[0], point[1], point[2], offset, limit);
    }

    @Query(
            value = "select * from core_site where active and sphere_point is not null"
                    + " order by sphere_point operator(public.<->) public.cube(array[:x, :y, :z]::float8[])"
                    + " offset :offset limit :limit",
            nativeQuery = true)
    List<Site> nearest(double x, double y, double z, int offset, int limit);
}
