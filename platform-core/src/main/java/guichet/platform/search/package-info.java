/**
 * Search: the one port ({@link guichet.platform.search.SearchEngine}) every module searches customers, products and
 * tickets through, the text normalisation all engines share, and the default engine, PostgreSQL (trigram indexes for
 * search-as-you-type, full-text vectors in French, English and Arabic for tickets).
 */
@NamedInterface("search")
@NullMarked
package guichet.platform.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
