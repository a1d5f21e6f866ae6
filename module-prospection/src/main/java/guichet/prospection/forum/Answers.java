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

/** The current tenant's answers to forum questions. */
public interface Answers extends Repository<Answer, UUID> {

    Answer save(Answer answer);

    Optional<Answer> findById(UUID id);

    /**
     * A page of a question's answers a reader may see, oldest first: the published ones, his own held ones, and every
     * one for a moderator ({@code all}).
     */
    @Query(
            value = "select a from Answer a where a.questionId = :question and (:all = true"
                    + " or a.state = guichet.prospection.forum.PostState.PUBLISHED"
                    + " or (a.authorId = :reader and a.state = guichet.prospection.forum.PostState.HELD))"
                    + " order by a.createdAt, a.id",
            countQuery = "select count(a) from Answer a where a.questionId = :question and (:all = true"
                    + " or a.state = guichet.prospection.forum.PostState.PUBLISHED"
                    + " or (a.authorId = :reader and a.state = guichet.prospection.forum.PostState.HELD))")
    Page<Answer> readableBy(UUID question, UUID reader, boolean all, Pageable page);

    List<Answer> findByQuestionIdAndStateOrderByCreatedAt(UUID question, PostState state);

    /** The answers in this state, oldest first (the moderation queue). */
    Page<Answer> findByState(PostState state, Pageable page);

    long countByState(PostState state);

    long countByAuthorIdAndCreatedAtAfter(UUID author, Instant since);

    long countByClientAddressAndAuthorStaffFalseAndCreatedAtAfter(String clientAddress, Instant since);

    long countByAuthorIdAndState(UUID author, PostState state);

    /** What these accounts wrote, whatever its state. */
    List<Answer> findByAuthorIdIn(Collection<UUID> authors);
}
