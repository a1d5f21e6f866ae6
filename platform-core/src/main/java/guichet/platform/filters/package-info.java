/**
 * Saved filters: a list's search criteria kept under a name, for their owner or shared with the tenant's staff. Lists
 * that offer them register a {@link guichet.platform.filters.FilterableList}; their page shows the panel
 * {@code fragments/saved-filters :: panel(listKey, current)}.
 */
@NamedInterface("filters")
@NullMarked
package guichet.platform.filters;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
