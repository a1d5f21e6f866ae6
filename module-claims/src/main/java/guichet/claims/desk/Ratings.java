package guichet.claims.desk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Customers' ratings of the current tenant's tickets. */
public interface Ratings extends Repository<Rating, UUID> {

    Rating save(Rating rating);

    Optional<Rating> findById(UUID ticket);

    @Query("select r from Rating r where r.ticketId in :tickets")
    List<Rating> findByTickets(Collection<UUID> tickets);
}
