package guichet.shops.sites;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's weekly openings of its sites. */
interface Openings extends Repository<Opening, UUID> {

    Opening save(Opening opening);

    @Query("select o from Opening o where o.siteId in :sites order by o.weekday, o.opens")
    List<Opening> ofSites(Collection<UUID> sites);

    /** The openings of these sites on one weekday (1 is Monday): site id, weekday, opens, closes; no entity loaded. */
    @Query(
            "select o.siteId, o.weekday, o.opens, o.closes from Opening o where o.siteId in :sites and o.weekday = :weekday")
    List<Object[]> onWeekday(Collection<UUID> sites, short weekday);

    @Modifying
    @Query("delete from Opening o where o.siteId = :site")
    void deleteOfSite(UUID site);
}
