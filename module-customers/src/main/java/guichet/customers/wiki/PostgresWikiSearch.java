package guichet.customers.wiki;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.search.CustomerAccessSql;
import guichet.platform.search.Sql;
import guichet.platform.text.SearchText;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The wiki search in PostgreSQL: one condition per typed word on the trigram-indexed {@code search_text}. */
@Component
class PostgresWikiSearch implements WikiSearch {

    private final EntityManager entities;
    private final WikiPages pages;

    PostgresWikiSearch(EntityManager entities, WikiPages pages) {
        this.entities = entities;
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WikiPage> find(String typed, CustomerAccess access, int limit) {
        List<String> words = SearchText.words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql("select p.id from cus_wiki_page p join core_customer c on c.id = p.customer_id where true");
        for (String word : words) {
            sql.append(" and p.search_text like " + sql.bind("%" + Sql.likeLiteral(word) + "%") + " escape '\\'");
        }
        CustomerAccessSql.restrict(sql, access, "c.sales_rep_id", "c.id");
        if (access instanceof CustomerAccess.Accounts) {
            sql.append(" and p.shared");
        }
        sql.append(" order by p.updated_at desc limit " + sql.bind(limit));
        List<UUID> ids = sql.ids(entities);
        Map<UUID, WikiPage> byId = new HashMap<>();
        pages.withIds(ids.toArray(UUID[]::new)).forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
