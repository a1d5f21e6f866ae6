package guichet.claims.search;

import guichet.platform.search.Planner;
import guichet.platform.search.Sql;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a ticket search with text, planned by how many tickets match (ADR 0028). PostgreSQL's estimate of how
 * often a word occurs is poor for words outside its statistics, and the good plans are far apart. Common words are
 * found among the most recently active tickets, read in order from a B-tree index ({@link #amongRecent}); the
 * full-text index would first gather every one of their tens of thousands of matches. Rarer words are counted through
 * the full-text index, up to {@link TicketSearch#TEXT_COUNT_CAP} (that count is also the page's total), and the page is
 * then read with the plan that count calls for ({@link #page}).
 */
final class TicketTextSearch {

    /** Among many matches, relevance ranks the most recently active ones, this many beyond the page. */
    static final int RELEVANCE_WINDOW = 200;

    private final EntityManager entities;
    /** How many of the most recently active tickets (within the other filters) are looked at first. */
    private final int recentWindow;

    TicketTextSearch(EntityManager entities, int recentWindow) {
        this.entities = entities;
        this.recentWindow = recentWindow;
    }

    /**
     * The page, found among the window most recently active tickets that pass the other filters, or
     * {@code null} when they hold too few matches to fill it and there are older tickets to look at. When the window
     * held every ticket that passes the filters, the total is exact (up to the cap); otherwise it only says « many »
     * ({@link TicketSearch#TEXT_COUNT_CAP} or more, so that « next » and exports go on).
     *
     * @param others {@link PostgresTicketSearch#FROM} and conditions, without the text condition
     * @param tsquery the text's query expression, bound in {@code others}
     */
    @Nullable
    Page<UUID> amongRecent(Sql others, String tsquery, boolean byRelevance, Pageable page) {
        long needed = page.getOffset() + page.getPageSize() + 1;
        String order = byRelevance
                ? " order by ts_rank(w.search_vector, " + tsquery + ") desc, w.updated_at desc, w.id"
                : " order by w.updated_at desc, w.id";
        // One row per match, each with how many tickets the window held; one row without a match when none does.
        Sql window = others.withText("with w as materialized (select t.id, t.updated_at, x.search_vector" + others
                + " order by t.updated_at desc, t.id limit " + recentWindow + ")"
                + " select s.scanned, m.id from (select count(*) as scanned from w) s left join lateral"
                + " (select w.id, row_number() over (" + order.strip() + ") as position from w"
                + " where w.search_vector @@ " + tsquery + order + " limit " + TicketSearch.TEXT_COUNT_CAP
                + ") m on true order by m.position");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Planner.without(entities, Planner.IN_INDEX_ORDER, () ->
                (List<Object[]>) window.build(entities).getResultList());
        boolean whole = ((Number) rows.getFirst()[0]).longValue() < recentWindow;
        List<UUID> found = rows.stream()
                .filter(row -> row[1] != null)
                .map(row -> (UUID) row[1])
                .toList();
        if (!whole && found.size() < needed) {
            return null;
        }
        int from = (int) Math.min(page.getOffset(), found.size());
        List<UUID> content = found.subList(from, Math.min(found.size(), from + page.getPageSize()));
        long total = whole && found.size() < TicketSearch.TEXT_COUNT_CAP
                ? found.size()
                : Math.max(TicketSearch.TEXT_COUNT_CAP, needed);
        return new PageImpl<>(content, page, total);
    }

    /**
     * @param conditions {@link PostgresTicketSearch#FROM} and conditions, with the text condition
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
                                        + TicketSearch.TEXT_COUNT_CAP + ") capped")
                                .build(entities)
                                .getSingleResult())
                        .longValue());
        if (matches == 0) {
            return new PageImpl<>(List.of(), page, 0);
        }
        List<UUID> content;
        if (matches < TicketSearch.TEXT_COUNT_CAP) {
            content = Planner.without(
                    entities,
                    Planner.THROUGH_BITMAPS,
                    () -> conditions
                            .withText("select t.id" + where + order + limit)
                            .ids(entities));
        } else if (byRelevance) {
            long window = RELEVANCE_WINDOW + page.getOffset() + page.getPageSize();
            content = Planner.without(
                    entities,
                    Planner.IN_INDEX_ORDER,
                    () -> conditions
                            .withText("select c.id from (select t.id,"
                                    + " x.search_vector, t.updated_at" + where
                                    + " order by t.updated_at desc, t.id limit "
                                    + window
                                    + ") c order by ts_rank(c.search_vector, " + tsquery
                                    + ") desc, c.updated_at desc, c.id"
                                    + limit)
                            .ids(entities));
        } else if (byRecency) {
            content = Planner.without(
                    entities,
                    Planner.IN_INDEX_ORDER,
                    () -> conditions
                            .withText("select t.id" + where + order + limit)
                            .ids(entities));
        } else {
            content = conditions.withText("select t.id" + where + order + limit).ids(entities);
        }
        // Beyond the cap, a full page says there may be another (so that exports and « next » go on).
        long total = matches < TicketSearch.TEXT_COUNT_CAP
                ? matches
                : Math.max(matches, page.getOffset() + content.size() + (content.size() == page.getPageSize() ? 1 : 0));
        return new PageImpl<>(content, page, total);
    }
}
