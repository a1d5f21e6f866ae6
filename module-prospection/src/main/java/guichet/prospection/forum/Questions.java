package guichet.prospection.forum;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's forum questions; lists and searches are {@link ForumReading}'s. */
public interface Questions extends Repository<Question, UUID> {

    Question save(Question question);

    Optional<Question> findById(UUID id);

    Optional<Question> findByNumber(long number);

    @Query(value = "select nextval('prs_forum_question_number_seq')", nativeQuery = true)
    long nextNumber();

    /** The questions in this state, oldest first (the moderation queue). */
    Page<Question> findByState(PostState state, Pageable page);

    long countByState(PostState state);

    /** The given questions, in no order (the moderation queue's answers name theirs). */
    List<Question> findByIdIn(Collection<UUID> ids);

    long countByAuthorIdAndCreatedAtAfter(UUID author, Instant since);

    long countByClientAddressAndAuthorStaffFalseAndCreatedAtAfter(String clientAddress, Instant since);

    long countByAuthorIdAndState(UUID author, PostState state);

    /** What these accounts wrote, whatever its state. */
    List<Question> findByAuthorIdIn(Collection<UUID> authors);
}
