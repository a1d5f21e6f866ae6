package guichet.platform.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A native query assembled from trusted fragments and bound parameters; user input only ever goes in parameters. The
 * PostgreSQL engines of every module (customers and products here, tickets in the claims module) build their queries
 * with it.
 */
public final class Sql {

    private final StringBuilder text;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private int counter;

    public Sql(String start) {
        this.text = new StringBuilder(start);
    }

    /** Appends a trusted fragment. */
    public Sql append(String fragment) {
        text.append(fragment);
        return this;
    }

    /** Binds a value under a fresh name and returns the placeholder ({@code :p3}) to write in a fragment. */
    public String bind(Object value) {
        String name = "p" + counter++;
        parameters.put(name, value);
        return ":" + name;
    }

    /** Another statement over the same bound parameters (a count of the same conditions, say). */
    public Sql withText(String otherText) {
        Sql other = new Sql(otherText);
        other.parameters.putAll(parameters);
        other.counter = counter;
        return other;
    }

    public Query build(EntityManager entities) {
        Query query = entities.createNativeQuery(text.toString());
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Runs this statement, which selects one id column. */
    @SuppressWarnings("unchecked")
    public List<UUID> ids(EntityManager entities) {
        return ((List<Object>) build(entities).getResultList())
                .stream().map(UUID.class::cast).toList();
    }

    /**
     * A page of ids in order, this being {@code from … where …}, with a total counted up to {@code cap} (no count when
     * one page holds all).
     *
     * @param order the {@code order by …} clause
     */
    public Page<UUID> page(EntityManager entities, String idColumn, String order, Pageable page, int cap) {
        String where = toString();
        List<UUID> content = withText("select " + idColumn + where + order + " limit " + page.getPageSize() + " offset "
                        + page.getOffset())
                .ids(entities);
        return page(entities, content, page, cap);
    }

    /**
     * A page of ids found by another statement, this being the {@code from … where …} they were found under: its
     * total counted up to {@code cap} (no count when one page holds all).
     */
    public Page<UUID> page(EntityManager entities, List<UUID> content, Pageable page, int cap) {
        long total;
        if (page.getOffset() == 0 && content.size() < page.getPageSize()) {
            total = content.size();
        } else {
            Number counted = (Number) withText("select count(*) from (select 1" + this + " limit " + cap + ") capped")
                    .build(entities)
                    .getSingleResult();
            total = Math.max(counted.longValue(), page.getOffset() + content.size());
        }
        return new PageImpl<>(content, page, total);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** A LIKE pattern's literal part, with its wildcards escaped (the query says {@code escape '\'}). */
    public static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The {@code order by} clause of a sort's first order: its column among {@code columns} (a sort property unknown
     * there falls back), {@code relevance} for the property {@code relevance} where the search has one (else
     * {@code null}), or the fallback.
     */
    public static String orderBy(Sort sort, Map<String, String> columns, String fallback, @Nullable String relevance) {
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
}
