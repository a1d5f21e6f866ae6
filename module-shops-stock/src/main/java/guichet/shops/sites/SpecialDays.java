package guichet.shops.sites;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's special days. */
interface SpecialDays extends Repository<SpecialDay, UUID> {

    SpecialDay save(SpecialDay day);

    void delete(SpecialDay day);

    Optional<SpecialDay> findById(UUID id);

    @Query("select d from SpecialDay d where d.siteId in :sites and d.day between :from and :to order by d.day")
    List<SpecialDay> ofSites(Collection<UUID> sites, LocalDate from, LocalDate to);

    @Query("select d from SpecialDay d where d.siteId = :site and d.day = :day")
    Optional<SpecialDay> on(UUID site, LocalDate day);
}
