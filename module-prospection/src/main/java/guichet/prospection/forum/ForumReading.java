package guichet.prospection.forum;

import guichet.platform.ids.UserId;
import guichet.platform.text.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's published questions as readers list and search them: one statement for the page, and one to count when
 * the page is full or not the first. The text is searched with PostgreSQL's full text in French, English and Arabic,
 * accents and case ignored, the best matches first.
 */
@Component
@Transactional(readOnly = true)
public class ForumReading {

    /** The columns a list may be sorted on, by the name the query string uses. */
    public static final Set<String> SORTABLE = Set.of("lastActivityAt", "createdAt", "answerCount", "title");

    private static final Map<String, String> COLUMNS = Map.of(
            "lastActivityAt", "q.last_activity_at",
            "createdAt", "q.created_at",
            "answerCount", "q.answer_count",
            "title", "lower(q.title)");

    private static final String TSQUERY = "(websearch_to_tsquery('pg_catalog.french', :text)"
            + " || websearch_to_tsquery('pg_catalog.english', :text)"
            + " || websearch_to_tsquery('pg_catalog.arabic', :text))";

    /** The question's mapped columns: never its search vector, which only the database reads. */
    private static final String SELECTED = "select q.id, q.number, q.category_id, q.title, q.body, q.author_id,"
            + " q.author_name, q.author_staff, q.state, q.locked, q.pinned, q.solution_id, q.answer_count,"
            + " q.ticket_number, q.client_address, q.created_at, q.last_activity_at, q.version";

    private static final UUID NOBODY = new UUID(0, 0);

    private final EntityManager entities;
    private final Questions questions;
    private final Answers answers;
    private final ForumCategories categories;

    ForumReading(EntityManager entities, Questions questions, Answers answers, ForumCategories categories) {
        this.entities = entities;
        this.questions = questions;
        this.answers = answers;
        this.categories = categories;
    }

    /**
     * A page of published questions: pinned ones first unless the reader searches or sorts, then the most recently
     * active (or the best matches when searching).
     */
    public Page<Question> questions(ForumQuery query, Pageable page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from prs_forum_question q where q.state = 'PUBLISHED'");
        if (query.category() != null) {
            where.append(" and q.category_id = :category");
            parameters.put("category", query.category());
        }
        switch (query.filter()) {
            case UNANSWERED -> where.append(" and q.answer_count = 0");
            case SOLVED -> where.append(" and q.solution_id is not null");
            case UNSOLVED -> where.append(" and q.solution_id is null");
            case ALL -> {}
        }
        String normalized = query.searching() ? SearchText.normalize(query.text()) : "";
        if (!normalized.isEmpty()) {
            where.append(" and q.search_vector @@ ").append(TSQUERY);
            parameters.put("text", normalized);
        }
        StringBuilder order = new StringBuilder(" order by ");
        Sort.Order asked = page.getSort().stream().findFirst().orElse(null);
        if (asked != null && COLUMNS.containsKey(asked.getProperty())) {
            order.append(COLUMNS.get(asked.getProperty())).append(asked.isAscending() ? " asc" : " desc");
        } else if (!normalized.isEmpty()) {
            order.append("ts_rank(q.search_vector, ").append(TSQUERY).append(") desc, q.last_activity_at desc");
        } else {
            order.append("q.pinned desc, q.last_activity_at desc");
        }
        order.append(", q.id");
        Query rows = entities.createNativeQuery(SELECTED + where + order, Question.class);
        parameters.forEach(rows::setParameter);
        rows.setFirstResult((int) page.getOffset());
        rows.setMaxResults(page.getPageSize());
        @SuppressWarnings("unchecked")
        List<Question> found = rows.getResultList();
        return PageableExecutionUtils.getPage(found, page, () -> {
            Query count = entities.createNativeQuery("select count(*)" + where);
            parameters.forEach(count::setParameter);
            return ((Number) count.getSingleResult()).longValue();
        });
    }

    /**
     * The question at this number if this reader may read it: published, or held and his own, or any for a moderator.
     */
    public Optional<Question> question(long number, @Nullable UserId reader, boolean moderator) {
        return questions
                .findByNumber(number)
                .filter(q -> q.published() || moderator || (q.state() == PostState.HELD && q.isBy(reader)));
    }

    /** A page of a question's answers this reader may read, oldest first. */
    public Page<Answer> answers(Question question, @Nullable UserId reader, boolean moderator, Pageable page) {
        return answers.readableBy(question.id(), reader == null ? NOBODY : reader.value(), moderator, page);
    }

    /** How many published questions each category holds, by category id. */
    public Map<UUID, Long> countsByCategory() {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        categories.publishedCounts().forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
