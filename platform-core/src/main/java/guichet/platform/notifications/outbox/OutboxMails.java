package guichet.platform.notifications.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The current tenant's outbox. The dispatcher's reads lock the row they return ({@code FOR UPDATE SKIP LOCKED}) until
 * its transaction ends, so two dispatchers never hold the same mail: the second skips it.
 */
interface OutboxMails extends Repository<OutboxMail, UUID> {

    OutboxMail save(OutboxMail mail);

    List<OutboxMail> saveAll(Iterable<OutboxMail> mails);

    Optional<OutboxMail> findById(UUID id);

    List<OutboxMail> findAllByOrderByCreatedAt();

    /** The mail due first, locked, if any is due and not held by another dispatcher. */
    @Query(nativeQuery = true, value = """
            select * from core_outbox_mail
            where sent_at is null and failed_at is null and next_attempt_at <= :now
            order by next_attempt_at, created_at
            limit 1
            for update skip locked""")
    Optional<OutboxMail> lockNextDue(Instant now);

    /** This mail, locked, if it is due and not held by another dispatcher. */
    @Query(nativeQuery = true, value = """
            select * from core_outbox_mail
            where id = :id and sent_at is null and failed_at is null and next_attempt_at <= :now
            for update skip locked""")
    Optional<OutboxMail> lockIfDue(UUID id, Instant now);
}
