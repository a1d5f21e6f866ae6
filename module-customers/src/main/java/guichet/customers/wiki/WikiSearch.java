package guichet.customers.wiki;

import guichet.platform.customers.CustomerAccess;
import java.util.List;

/**
 * The wiki's search port: pages by the words of their title and text, within a customer access. PostgreSQL answers by
 * default ({@link PostgresWikiSearch}); a scale-out engine implements the same port.
 */
public interface WikiSearch {

    /**
     * The pages whose title or text holds every typed word (accents and case ignored), latest change first, at most
     * {@code limit}; only shared pages for a customer's access.
     */
    List<WikiPage> find(String typed, CustomerAccess access, int limit);
}
