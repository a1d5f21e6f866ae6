package guichet.platform.search;

import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.text.SearchText;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default search engine: the tenant's own PostgreSQL tables. Customers and products carry their normalised words
 * (trigram-indexed, so « starts a word » and « contains » are index scans). Queries run in the current tenant's schema.
 */
@Component
@ConditionalOnProperty(name = "guichet.search.engine", havingValue = "postgresql", matchIfMissing = true)
@Transactional(readOnly = true)
class PostgresSearchEngine implements SearchEngine {

    private static final Pattern DIGITS = Pattern.compile("^\\d{3,}$");

    private static final Map<String, String> CUSTOMER_SORT = Map.of(
            "number", "c.number",
            "name", "c.last_name",
            "companyName", "c.company_name",
            "createdAt", "c.created_at",
            "updatedAt", "c.updated_at");

    private final EntityManager entities;

    PostgresSearchEngine(EntityManager entities) {
        this.entities = entities;
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
        return Planner.without(entities, Planner.NO_SEQUENTIAL_SCAN, () -> sql.ids(entities)).stream()
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
        if (query.born() != null && query.born().from() != null) {
            sql.append(" and c.birth_date >= " + sql.bind(query.born().from()));
        }
        if (query.born() != null && query.born().to() != null) {
            sql.append(" and c.birth_date <= " + sql.bind(query.born().to()));
        }
        for (CustomerQuery.GaugeBand band : query.gauges()) {
            String within = " and exists (select 1 from core_customer_gauge g where g.customer_id = c.id"
                    + " and g.gauge = " + sql.bind(band.gauge());
            if (band.from() != null) {
                within += " and g.value >= " + sql.bind(band.from());
            }
            if (band.to() != null) {
                within += " and g.value <= " + sql.bind(band.to());
            }
            sql.append(within + ")");
        }
        String order = Sql.orderBy(page.getSort(), CUSTOMER_SORT, "c.updated_at desc", null) + ", c.id";
        return sql.page(entities, "c.id", order, page, COUNT_CAP).map(CustomerId::new);
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
        return sql.ids(entities).stream().map(CustomerId::new).toList();
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
        return sql.ids(entities).stream().map(ProductId::new).toList();
    }

    private static void customerAccess(Sql sql, CustomerAccess access) {
        CustomerAccessSql.restrict(sql, access, "c.sales_rep_id", "c.id");
    }

    /** Adds one condition per typed word; false when nothing searchable was typed. */
    private static boolean customerWords(Sql sql, String typed) {
        List<String> words = SearchText.typedWords(typed);
        if (words.isEmpty()) {
            return false;
        }
        for (String word : words) {
            // Digits and a piece of an address (« roy9p@cli ») may start inside a stored word; a name starts one.
            String pattern = DIGITS.matcher(word).matches() || SearchText.joinsParts(word)
                    ? "%" + Sql.likeLiteral(word) + "%"
                    : "% " + Sql.likeLiteral(word) + "%";
            sql.append(" and c.search_text like " + sql.bind(pattern) + " escape '\\'");
        }
        return true;
    }
}
