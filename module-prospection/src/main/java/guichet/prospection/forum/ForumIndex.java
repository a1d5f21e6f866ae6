package guichet.prospection.forum;

import guichet.platform.text.SearchText;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what the forum's search matches a question on: its title, its text and its published answers, normalised
 * ({@link SearchText}) and stemmed in French, English and Arabic, as the ticket search does. A new published answer
 * adds its own words; a hidden or restored answer writes the whole text again.
 */
@Component
@Transactional
class ForumIndex {

    /** The same languages the queries are parsed in ({@link ForumReading}). */
    static final String VECTOR = "(to_tsvector('pg_catalog.french', %1$s)"
            + " || to_tsvector('pg_catalog.english', %1$s)"
            + " || to_tsvector('pg_catalog.arabic', %1$s))";

    private final EntityManager entities;
    private final Answers answers;

    ForumIndex(EntityManager entities, Answers answers) {
        this.entities = entities;
        this.answers = answers;
    }

    /** Writes the question's whole text again: its title, its text and its published answers. */
    void write(Question question) {
        List<Answer> published = answers.findByQuestionIdAndStateOrderByCreatedAt(question.id(), PostState.PUBLISHED);
        StringBuilder text = new StringBuilder(question.title()).append(' ').append(question.body());
        published.forEach(answer -> text.append(' ').append(answer.body()));
        entities.flush();
        entities.createNativeQuery("update prs_forum_question set search_vector = " + VECTOR.formatted(":text")
                        + " where id = :id")
                .setParameter("text", SearchText.normalize(text.toString()))
                .setParameter("id", question.id())
                .executeUpdate();
    }

    /** Adds a newly published answer's words to its question's. */
    void add(UUID question, String answer) {
        entities.flush();
        entities.createNativeQuery("update prs_forum_question set search_vector = search_vector || "
                        + VECTOR.formatted(":text") + " where id = :id")
                .setParameter("text", SearchText.normalize(answer))
                .setParameter("id", question)
                .executeUpdate();
    }
}
