package guichet.platform.search;

import guichet.platform.catalog.ProductId;
import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerId;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.TicketId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default search engine: the tenant's own PostgreSQL tables. Customers and products carry their normalised words
 * (trigram-indexed, so « starts a word » and « contains » are index scans); tickets carry a full-text vector generated
 * from their normalised text in French, English and Arabic. Queries run in the current tenant's schema.
 */
@Component
@ConditionalOnProperty(name = "guichet.search.engine", havingValue = "postgresql", matchIfMissing = true)
@Transactional(readOnly = true)
class PostgresSearchEngine implements SearchEngine {

    private static final Pattern DIGITS = Pattern.compile("^\\d{3,}$");
    private static final Pattern TICKET_NUMBER = Pattern.compile("^[A-Za-z]{1,3}-\\d{1,10}$");
    private static final String TSQUERY = "(websearch_to_tsquery('pg_catalog.french', %1$s)"
            + " || websearch_to_tsquery('pg_catalog.english', %1$s)"
            + " || websearch_to_tsquery('pg_catalog.arabic', %1$s))";
    /** How many matching resolved tickets are ranked for similarity, at most. */
    private static final int SIMILAR_CANDIDATES = 2_000;

    private static final Map<String, String> CUSTOMER_SORT = Map.of(
            "number", "c.number",
            "name", "c.last_name",
            "companyName", "c.company_name",
            "createdAt", "c.created_at",
            "updatedAt", "c.updated_at");

    private static final Map<String, String> TICKET_SORT = Map.ofEntries(
            Map.entry("number", "t.number"),
            Map.entry("title", "lower(t.title)"),
            Map.entry("createdAt", "t.created_at"),
            Map.entry("customerName", "t.customer_name"),
            Map.entry("status", "t.status"),
            Map.entry("priority", "t.priority"),
            Map.entry("type", "t.type"),
            Map.entry("assigneeNames", "t.assignee_names"),
            Map.entry("lastActivityBy", "t.last_activity_by"),
            Map.entry("resolutionDueAt", "t.resolution_due_at"),
            Map.entry("updatedAt", "t.updated_at"));

    private final EntityManager entities;
    private final TicketTextSearch textSearch;

    PostgresSearchEngine(EntityManager entities, @Value("${guichet.search.recent-window:5000}") int recentWindow) {
        this.entities = entities;
        this.textSearch = new TicketTextSearch(entities, recentWindow);
    }

    @Override
    public List<CustomerId> suggestCustomers(String typed, CustomerAccess access, int limit) {
        Sql sql = new Sql("select c.id from core_customer c where c.merged_into_id is null");
        if (!customerWords(sql, typed)) {
            return List.of();
        }
        customerAccess(sql, access);
        sql.append(" limit " + Math.max(1, limit));
        // A rare word would otherwise be looked for by reading every customer (ADR 0028).
        return Planner.without(entities, Planner.NO_SEQUENTIAL_SCAN, () -> ids(sql)).stream()
                .map(CustomerId::new)
                .toList();
    }

    @Override
    public Page<CustomerId> findCustomers(CustomerQuery query, Pageable page) {
        Sql sql = new Sql(" from core_customer c where c.merged_into_id is null");
        if (query.text() != null && !query.text().isBlank() && !customerWords(sql, query.text())) {
            return Page.empty(page);
        }
        customerAccess(sql, query.access());
        if (query.stage() != null) {
            sql.append(" and c.stage = '" + query.stage().name() + "'");
        }
        if (query.kind() != null) {
            sql.append(" and c.kind = '" + query.kind().name() + "'");
        }
        if (query.segment() != null) {
            sql.append(" and c.segment = " + sql.bind(query.segment()));
        }
        if (query.salesRep() != null) {
            sql.append(" and c.sales_rep_id = " + sql.bind(query.salesRep().value()));
        }
        String order = orderBy(page.getSort(), CUSTOMER_SORT, "c.updated_at desc", null) + ", c.id";
        return page(sql, "c.id", order, page).map(CustomerId::new);
    }

    @Override
    public List<CustomerId> likelyDuplicates(
            String name,
            java.util.Collection<String> emails,
            java.util.Collection<String> phones,
            CustomerAccess access,
            int limit) {
        List<String> mails = emails.stream()
                .filter(e -> e != null && !e.isBlank())
                .map(e -> ContactPoint.normalize(ContactPoint.Kind.EMAIL, e))
                .distinct()
                .toList();
        List<String> numbers = phones.stream()
                .filter(p -> p != null && !p.isBlank())
                .map(p -> ContactPoint.normalize(ContactPoint.Kind.PHONE, p))
                .filter(p -> p.length() >= 6)
                .distinct()
                .toList();
        String words = SearchText.normalize(name == null ? "" : name).strip();
        Sql sql = new Sql("select c.id from core_customer c where c.merged_into_id is null and (false");
        String sharesContact = null;
        if (!mails.isEmpty() || !numbers.isEmpty()) {
            String contact = "c.id in (select k.customer_id from core_customer_contact k where false";
            if (!mails.isEmpty()) {
                contact += " or (k.kind = 'EMAIL' and k.normalized in (" + sql.bind(mails) + "))";
            }
            if (!numbers.isEmpty()) {
                contact += " or (k.kind = 'PHONE' and k.normalized in (" + sql.bind(numbers) + "))";
            }
            sharesContact = contact + ")";
            sql.append(" or " + sharesContact);
        }
        String similarity = null;
        if (words.length() >= 3) {
            // %> is indexable by the trigram index on search_text (pg_trgm lives in public, off the search path).
            String bound = sql.bind(words);
            sql.append(" or c.search_text operator(public.%>) " + bound);
            similarity = "public.word_similarity(" + bound + ", c.search_text)";
        }
        sql.append(")");
        customerAccess(sql, access);
        sql.append(" order by ");
        if (sharesContact != null) {
            sql.append("case when " + sharesContact + " then 0 else 1 end, ");
        }
        if (similarity != null) {
            sql.append(similarity + " desc, ");
        }
        sql.append("c.number limit " + Math.max(1, limit));
        return ids(sql).stream().map(CustomerId::new).toList();
    }

    @Override
    public List<ProductId> findProducts(String typed, boolean onSaleOnly, int limit) {
        List<String> words = SearchText.words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql("select p.id from core_product p where true");
        if (onSaleOnly) {
            sql.append(" and p.on_sale");
        }
        for (String word : words) {
            sql.append(" and p.search_text like " + sql.bind("%" + Sql.likeLiteral(word) + "%") + " escape '\\'");
        }
        sql.append(" order by p.code limit " + Math.max(1, limit));
        return ids(sql).stream().map(ProductId::new).toList();
    }

    @Override
    public Page<TicketId> findTickets(TicketQuery query, Pageable page) {
        Sql sql = new Sql(" from core_ticket t where true");
        String tsquery = ticketConditions(sql, query);
        String relevance = tsquery == null ? null : "ts_rank(t.search_vector, " + tsquery + ") desc";
        String order = orderBy(page.getSort(), TICKET_SORT, "t.updated_at desc", relevance) + ", t.id";
        if (tsquery == null) {
            return page(sql, "t.id", order, page).map(TicketId::new);
        }
        boolean byRelevance = order.equals(" order by " + relevance + ", t.id");
        boolean byRecency = order.equals(" order by t.updated_at desc, t.id");
        if ((byRelevance || byRecency)
                && !TICKET_NUMBER.matcher(query.text().strip()).matches()) {
            Sql others = new Sql(" from core_ticket t where true");
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

    @Override
    public long countTickets(TicketQuery query) {
        Sql sql = new Sql("select count(*) from core_ticket t where true");
        ticketConditions(sql, query);
        return ((Number) sql.build(entities).getSingleResult()).longValue();
    }

    @Override
    public List<TicketId> findSimilarResolved(String draft, CustomerAccess access, int limit) {
        List<String> words = SearchText.words(draft).stream()
                .filter(w -> w.length() >= 3 && w.codePoints().allMatch(Character::isLetterOrDigit))
                .distinct()
                .limit(16)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql("select c.id from (select t.id, t.search_vector from core_ticket t"
                + " where t.category in ('RESOLVED', 'CLOSED')");
        String tsquery = TSQUERY.formatted(sql.bind(String.join(" or ", words)));
        sql.append(" and t.search_vector @@ " + tsquery);
        ticketAccess(sql, access);
        sql.append(" limit " + SIMILAR_CANDIDATES + ") c order by ts_rank(c.search_vector, " + tsquery
                + ") desc, c.id limit " + Math.max(1, limit));
        return ids(sql).stream().map(TicketId::new).toList();
    }

    /** Adds the text and filter conditions; returns the tsquery expression when there is text. */
    private String ticketConditions(Sql sql, TicketQuery query) {
        String tsquery = null;
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            String normalized = SearchText.normalize(text);
            tsquery = TSQUERY.formatted(sql.bind(normalized));
            if (TICKET_NUMBER.matcher(text).matches()) {
                sql.append(" and (t.search_vector @@ " + tsquery + " or t.number = "
                        + sql.bind(text.toUpperCase(java.util.Locale.ROOT)) + ")");
            } else {
                sql.append(" and t.search_vector @@ " + tsquery);
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
        switch (access) {
            case CustomerAccess.Everyone ignored -> {}
            case CustomerAccess.SalesRep rep ->
                sql.append(" and t.sales_rep_id = " + sql.bind(rep.rep().value()));
            case CustomerAccess.Accounts accounts -> {
                if (accounts.customers().isEmpty()) {
                    sql.append(" and false");
                } else {
                    sql.append(" and t.customer_id in (" + sql.bind(accounts.ids()) + ")");
                }
            }
        }
    }

    private static void customerAccess(Sql sql, CustomerAccess access) {
        switch (access) {
            case CustomerAccess.Everyone ignored -> {}
            case CustomerAccess.SalesRep rep ->
                sql.append(" and c.sales_rep_id = " + sql.bind(rep.rep().value()));
            case CustomerAccess.Accounts accounts -> {
                if (accounts.customers().isEmpty()) {
                    sql.append(" and false");
                } else {
                    sql.append(" and c.id in (" + sql.bind(accounts.ids()) + ")");
                }
            }
        }
    }

    /** Adds one condition per typed word; false when nothing searchable was typed. */
    private static boolean customerWords(Sql sql, String typed) {
        List<String> words = SearchText.words(typed);
        if (words.isEmpty()) {
            return false;
        }
        for (String word : words) {
            String pattern = DIGITS.matcher(word).matches()
                    ? "%" + Sql.likeLiteral(word) + "%"
                    : "% " + Sql.likeLiteral(word) + "%";
            sql.append(" and c.search_text like " + sql.bind(pattern) + " escape '\\'");
        }
        return true;
    }

    private static String orderBy(Sort sort, Map<String, String> columns, String fallback, String relevance) {
        Sort.Order order = sort.stream().findFirst().orElse(null);
        if (order == null) {
            return " order by " + fallback;
        }
        if ("relevance".equals(order.getProperty()) && relevance != null) {
            return " order by " + relevance;
        }
        String column = columns.get(order.getProperty());
        if (column == null) {
            return " order by " + fallback;
        }
        return " order by " + column + (order.isAscending() ? " asc" : " desc");
    }

    /** A page of ids in order, with a total counted up to {@link #COUNT_CAP} (no count when one page holds all). */
    @SuppressWarnings("unchecked")
    private Page<UUID> page(Sql conditions, String idColumn, String order, Pageable page) {
        String where = conditions.toString();
        List<UUID> content = ((List<Object>) conditions
                        .withText("select " + idColumn + where + order + " limit " + page.getPageSize() + " offset "
                                + page.getOffset())
                        .build(entities)
                        .getResultList())
                .stream().map(UUID.class::cast).toList();
        long total;
        if (page.getOffset() == 0 && content.size() < page.getPageSize()) {
            total = content.size();
        } else {
            Number counted = (Number) conditions
                    .withText("select count(*) from (select 1" + where + " limit " + COUNT_CAP + ") capped")
                    .build(entities)
                    .getSingleResult();
            total = Math.max(counted.longValue(), page.getOffset() + content.size());
        }
        return new PageImpl<>(content, page, total);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(Sql sql) {
        return ((List<Object>) sql.build(entities).getResultList())
                .stream().map(UUID.class::cast).toList();
    }
}
