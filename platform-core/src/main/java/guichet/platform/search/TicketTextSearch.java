package guichet.platform.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a ticket search with text, planned by how many tickets match (ADR 0030). PostgreSQL's estimate of how
 * often a word occurs is poor for words outside its statistics, and the two good plans are far apart: few matches are
 * best fetched through the full-text index and sorted, many matches best read in order from a B-tree index, stopping
 * at the page. So the matches are first counted through the full-text index, up to {@link SearchEngine#TEXT_COUNT_CAP}
 * (that count is also the page's total), and the page is then read with the plan that count calls for.
 */
final class TicketTextSearch {

    /** Among many matches, relevance ranks the most recently active ones, this many beyond the page. */
    static final int RELEVANCE_WINDOW = 200;

    private final EntityManager entities;

    TicketTextSearch(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param conditions {@code from core_ticket t where …} with the text condition
     * @param order the requested {@code order by …}, ending with {@code t.id}
     * @param tsquery the text's query expression, for ranking
     * @param byRelevance whether the order is relevance
     * @param byRecency whether the order is latest activity first (the B-tree index's order)
     */
    Page<UUID> page(
            Sql conditions, String order, String tsquery, boolean byRelevance, boolean byRecency, Pageable page) {
        String where = conditions.toString();
        String limit = " limit " + page.getPageSize() + " offset " + page.getOffset();
        long matches = Planner.without(
                entities,
                Planner.THROUGH_BITMAPS,
                () -> ((Number) conditions
                                .withText("select count(*) from (select 1" + where + " limit "
                                        + SearchEngine.TEXT_COUNT_CAP + ") capped")
                                .build(entities)
                                .getSingleResult())
                        .longValue());
        if (matches == 0) {
            return new PageImpl<>(List.of(), page, 0);
        }
        List<UUID> content;
        if (matches < SearchEngine.TEXT_COUNT_CAP) {
            content = Planner.without(
                    entities,
                    Planner.THROUGH_BITMAPS,
                    () -> ids(conditions.withText("select t.id" + where + order + limit)));
        } else if (byRelevance) {
            long window = RELEVANCE_WINDOW + page.getOffset() + page.getPageSize();
            content = Planner.without(
                    entities,
                    Planner.IN_INDEX_ORDER,
                    () -> ids(conditions.withText("select c.id from (select t.id,"
                            + " t.search_vector, t.updated_at" + where + " order by t.updated_at desc, t.id limit "
                            + window
                            + ") c order by ts_rank(c.search_vector, " + tsquery + ") desc, c.updated_at desc, c.id"
                            + limit)));
        } else if (byRecency) {
            content = Planner.without(
                    entities,
                    Planner.IN_INDEX_ORDER,
                    () -> ids(conditions.withText("select t.id" + where + order + limit)));
        } else {
            content = ids(conditions.withText("select t.id" + where + order + limit));
        }
        // Beyond the cap, a full page says there may be another (so that exports and « next » go on).
        long total = matches < SearchEngine.TEXT_COUNT_CAP
                ? matches
                : Math.max(matches, page.getOffset() + content.size() + (content.size() == page.getPageSize() ? 1 : 0));
        return new PageImpl<>(content, page, total);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(Sql sql) {
        return ((List<Object>) sql.build(entities).getResultList())
                .stream().map(UUID.class::cast).toList();
    }
}
