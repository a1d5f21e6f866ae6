package guichet.platform.notifications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's users' notification choices. */
interface Preferences extends Repository<Preference, Preference.Key> {

    Preference save(Preference preference);

    Optional<Preference> findById(Preference.Key key);

    default Optional<Preference> find(UUID userId, String kind) {
        return findById(new Preference.Key(userId, kind));
    }

    @Query("select p from Preference p where p.key.userId = :userId")
    List<Preference> findByUser(UUID userId);

    /** The choices these users made (one array parameter, whatever their number: one translation of the query). */
    @Query(value = "select * from core_notification_preference where user_id = any(:users)", nativeQuery = true)
    List<Preference> ofUsers(UUID[] users);
}
