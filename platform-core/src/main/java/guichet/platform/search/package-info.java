/**
 * Search: the port ({@link guichet.platform.search.SearchEngine}) every module searches customers and products through,
 * and the default engine, PostgreSQL (trigram indexes for search-as-you-type), whose native query building
 * ({@link guichet.platform.search.Sql}, {@link guichet.platform.search.Planner}) the claims module's ticket search
 * shares. Platform core's products reach the catalogue port through it as sellable items.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"platform.catalog", "platform.customers", "platform.ids", "platform.text"})
@NullMarked
package guichet.platform.search;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
