package guichet.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's in-app notifications. */
interface InAppNotifications extends Repository<InAppNotification, UUID> {

    InAppNotification save(InAppNotification notification);

    List<InAppNotification> saveAll(Iterable<InAppNotification> notifications);

    Page<InAppNotification> findByUserId(UUID userId, Pageable page);

    /** How many of the user's notifications are unread, counting no further than {@code most}. */
    @Query(
            value = "select count(*) from (select 1 from core_notification"
                    + " where user_id = :userId and read_at is null limit :most) unread",
            nativeQuery = true)
    long countUnreadUpTo(UUID userId, int most);

    Optional<InAppNotification> findByIdAndUserId(UUID id, UUID userId);

    @Modifying
    @Query("update InAppNotification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(UUID userId, Instant now);
}
