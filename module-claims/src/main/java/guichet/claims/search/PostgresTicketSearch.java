package guichet.claims.search;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.TicketId;
import guichet.platform.search.CustomerAccessSql;
import guichet.platform.search.Sql;
import guichet.platform.text.SearchText;
import guichet.platform.tickets.Ticket;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default ticket search: the tenant's own {@code core_ticket} rows, which carry every column the lists filter and
 * sort on (ADR 0016), and beside each its full-text vectors in French, English and Arabic (ADR 0046). Text
 * searches are planned by how many tickets match ({@link TicketTextSearch}, ADR 0028). Queries run in the current
 * tenant's schema.
 */
@Component
@ConditionalOnProperty(name = "guichet.search.engine", havingValue = "postgresql", matchIfMissing = true)
@Transactional(readOnly = true)
class PostgresTicketSearch implements TicketSearch {

    private static final Pattern TICKET_NUMBER = Pattern.compile("^[A-Za-z]{1,3}-\\d{1,10}$");
    private static final String TSQUERY = "(websearch_to_tsquery('pg_catalog.french', %1$s)"
            + " || websearch_to_tsquery('pg_catalog.english', %1$s)"
            + " || websearch_to_tsquery('pg_catalog.arabic', %1$s))";
    /**
     * The tickets, each with its vectors beside it ({@link TicketIndex}): a left join on the key, which PostgreSQL
     * leaves out of the plan when the query reads no vector.
     */
    static final String FROM = " from core_ticket t left join clm_ticket_text x on x.ticket_id = t.id where true";
    /** The staff's text, hidden notes included. */
    private static final String VECTOR = "x.search_vector";
    /** A customer's text (issue 12): hidden notes never feed his searches. */
    private static final String PUBLIC_VECTOR = "x.public_search_vector";
    /** A ticket's priority's place in the tenant's order; priorities are retired, never deleted. */
    private static final String PRIORITY_POSITION = "(select p.position from clm_priority p where p.code = t.priority)";
    /** How many matching resolved tickets are ranked for similarity, at most. */
    private static final int SIMILAR_CANDIDATES = 2_000;

    private static final Map<String, String> TICKET_SORT = Map.ofEntries(
            Map.entry("number", "t.number"),
            Map.entry("title", "lower(t.title)"),
            Map.entry("createdAt", "t.created_at"),
            Map.entry("customerName", "t.customer_name"),
            Map.entry("status", "t.status"),
            // The tenant's order of its priorities, not their codes' letters (« high, low, normal »).
            Map.entry("priority", PRIORITY_POSITION),
            Map.entry("type", "t.type"),
            Map.entry("assigneeNames", "t.assignee_names"),
            Map.entry("lastActivityBy", "t.last_activity_by"),
            Map.entry("resolutionDueAt", "t.resolution_due_at"),
            Map.entry("updatedAt", "t.updated_at"));

    /** A customer's lists sort on the activity he can see: a hidden note must not move his ticket up. */
    private static final Map<String, String> CUSTOMER_SORT = Map.of(
            "number", "t.number",
            "title", "lower(t.title)",
            "createdAt", "t.created_at",
            "customerName", "t.customer_name",
            "status", "t.status",
            "updatedAt", "t.public_updated_at");

    private final EntityManager entities;
    private final TicketTextSearch textSearch;

    PostgresTicketSearch(EntityManager entities, @Value("${guichet.search.recent-window:5000}") int recentWindow) {
        this.entities = entities;
        this.textSearch = new TicketTextSearch(entities, recentWindow);
    }

    @Override
    public Page<TicketId> findTickets(TicketQuery query, Pageable page) {
        Sql sql = new Sql(FROM);
        String tsquery = ticketConditions(sql, query);
        if (query.publicOnly()) {
            // A customer's tickets are few: his text matches his public text only, his order the activity he sees.
            String relevance = tsquery == null ? null : "ts_rank(" + PUBLIC_VECTOR + ", " + tsquery + ") desc";
            String order = Sql.orderBy(page.getSort(), CUSTOMER_SORT, "t.public_updated_at desc", relevance) + ", t.id";
            return sql.page(entities, "t.id", order, page, TicketSearch.countCap(query))
                    .map(TicketId::new);
        }
        String relevance = tsquery == null ? null : "ts_rank(" + VECTOR + ", " + tsquery + ") desc";
        String order = Sql.orderBy(page.getSort(), TICKET_SORT, "t.updated_at desc", relevance) + ", t.id";
        if (tsquery == null) {
            Sort.Order first = page.getSort().stream().findFirst().orElse(null);
            if (first != null && first.getProperty().equals("priority")) {
                return byPriority(sql, query, first.getDirection(), page).map(TicketId::new);
            }
            return sql.page(entities, "t.id", order, page, COUNT_CAP).map(TicketId::new);
        }
        boolean byRelevance = order.equals(" order by " + relevance + ", t.id");
        boolean byRecency = order.equals(" order by t.updated_at desc, t.id");
        if ((byRelevance || byRecency)
                && !TICKET_NUMBER.matcher(query.text().strip()).matches()) {
            Sql others = new Sql(FROM);
            ticketConditions(others, query.withText(null));
            String text = TSQUERY.formatted(others.bind(SearchText.normalize(query.text())));
            Page<UUID> recent = textSearch.amongRecent(others, text, byRelevance, page);
            if (recent != null) {
                return recent.map(TicketId::new);
            }
        }
        return textSearch
                .page(sql, order, tsquery, byRelevance, byRecency, page)
                .map(TicketId::new);
    }

    /**
     * The tickets in the tenant's order of priorities, the most recently active first within one. Sorting every match
     * by its priority's place read 400,000 open tickets of the million-ticket tenant (0.9 s); instead, for each
     * priority, its newest matches come through the {@code (priority, updated_at)} index, only as many as the page
     * needs, and those few are put in order.
     *
     * @param matching this query's {@code from … where …}, which counts the total
     */
    private Page<UUID> byPriority(Sql matching, TicketQuery query, Sort.Direction direction, Pageable page) {
        long needed = page.getOffset() + page.getPageSize();
        Sql ranked = new Sql("select s.id from clm_priority p cross join lateral (select t.id, t.updated_at" + FROM);
        ticketConditions(ranked, query);
        ranked.append(" and t.priority = p.code order by t.updated_at desc, t.id limit " + needed + ") s order by"
                + " p.position " + (direction.isAscending() ? "asc" : "desc") + ", s.updated_at desc, s.id limit "
                + page.getPageSize() + " offset " + page.getOffset());
        return matching.page(entities, ranked.ids(entities), page, COUNT_CAP);
    }

    @Override
    public long countTickets(TicketQuery query) {
        Sql sql = new Sql("select count(*)" + FROM);
        ticketConditions(sql, query);
        return ((Number) sql.build(entities).getSingleResult()).longValue();
    }

    @Override
    public List<TicketId> findSimilarResolved(String draft, CustomerAccess access, boolean publicOnly, int limit) {
        List<String> words = SearchText.words(draft).stream()
                .filter(w -> w.length() >= 3 && w.codePoints().allMatch(Character::isLetterOrDigit))
                .distinct()
                .limit(16)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        String vector = publicOnly ? PUBLIC_VECTOR : VECTOR;
        Sql sql = new Sql("select c.id from (select t.id, " + vector + " as v" + FROM
                + " and t.category in ('RESOLVED', 'CLOSED')");
        String tsquery = TSQUERY.formatted(sql.bind(String.join(" or ", words)));
        sql.append(" and " + vector + " @@ " + tsquery);
        ticketAccess(sql, access);
        sql.append(" limit " + SIMILAR_CANDIDATES + ") c order by ts_rank(c.v, " + tsquery + ") desc, c.id limit "
                + Math.max(1, limit));
        return sql.ids(entities).stream().map(TicketId::new).toList();
    }

    /** Adds the text and filter conditions; returns the tsquery expression when there is text. */
    private String ticketConditions(Sql sql, TicketQuery query) {
        String tsquery = null;
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            String normalized = SearchText.normalize(text);
            String vector = query.publicOnly() ? PUBLIC_VECTOR : VECTOR;
            tsquery = TSQUERY.formatted(sql.bind(normalized));
            if (TICKET_NUMBER.matcher(text).matches()) {
                sql.append(" and (" + vector + " @@ " + tsquery + " or t.number = "
                        + sql.bind(text.toUpperCase(java.util.Locale.ROOT)) + ")");
            } else {
                sql.append(" and " + vector + " @@ " + tsquery);
            }
        }
        ticketAccess(sql, query.access());
        if (!query.categories().isEmpty()) {
            sql.append(" and t.category in ("
                    + query.categories().stream()
                            .sorted()
                            .map(c -> "'" + c.name() + "'")
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" and t.status in (" + sql.bind(query.statuses()) + ")");
        }
        if (!query.priorities().isEmpty()) {
            sql.append(" and t.priority in (" + sql.bind(query.priorities()) + ")");
        }
        if (!query.types().isEmpty()) {
            sql.append(" and t.type in (" + sql.bind(query.types()) + ")");
        }
        if (query.customer() != null) {
            sql.append(" and t.customer_id = " + sql.bind(query.customer().value()));
        }
        if (query.assignee() != null) {
            sql.append(" and t.assignee_ids @> array[cast("
                    + sql.bind(query.assignee().value().toString()) + " as uuid)]");
        } else if (query.unassigned()) {
            sql.append(" and cardinality(t.assignee_ids) = 0");
        }
        if (query.site() != null) {
            sql.append(" and t.site_id = " + sql.bind(query.site().value()));
        }
        if (query.product() != null) {
            sql.append(" and t.product_id = " + sql.bind(query.product().value()));
        }
        if (query.createdBy() != null) {
            sql.append(
                    " and t.created_by_user_id = " + sql.bind(query.createdBy().value()));
        }
        if (query.channel() != null) {
            sql.append(" and t.channel = '" + query.channel().name() + "'");
        }
        if (query.createdFrom() != null) {
            sql.append(" and t.created_at >= " + sql.bind(query.createdFrom()));
        }
        if (query.createdBefore() != null) {
            sql.append(" and t.created_at < " + sql.bind(query.createdBefore()));
        }
        if (query.overdueBefore() != null) {
            // The clock stops while waiting on the customer, so only new and in-progress tickets can be overdue.
            sql.append(" and t.category in ('" + Ticket.Category.NEW.name() + "', '"
                    + Ticket.Category.IN_PROGRESS.name() + "') and t.resolution_due_at < "
                    + sql.bind(query.overdueBefore()));
        }
        if (query.closedFrom() != null) {
            sql.append(" and t.closed_at >= " + sql.bind(query.closedFrom()));
        }
        if (query.awaitingCustomer()) {
            sql.append(" and t.awaiting_customer and t.category in ('NEW', 'IN_PROGRESS', 'WAITING')");
        }
        return tsquery;
    }

    /** A ticket row carries its customer's sales representative (kept by a trigger, core migration V8). */
    private static void ticketAccess(Sql sql, CustomerAccess access) {
        CustomerAccessSql.restrict(sql, access, "t.sales_rep_id", "t.customer_id");
    }
}
