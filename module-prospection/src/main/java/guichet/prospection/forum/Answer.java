package guichet.prospection.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An answer to a forum question. Changed through {@link Forum} only. */
@Entity
@Table(name = "prs_forum_answer")
public class Answer extends Post {

    private UUID questionId;

    protected Answer() {}

    Answer(UUID questionId, String body, Poster author, PostState state, Instant now) {
        super(body, author, state, now);
        this.questionId = questionId;
    }

    public UUID questionId() {
        return questionId;
    }
}
