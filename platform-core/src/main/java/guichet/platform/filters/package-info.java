/**
 * Saved filters: a list's search criteria kept under a name, for their owner or shared with the tenant's staff. Lists
 * that offer them register a {@link guichet.platform.filters.FilterableList}; their page shows the panel
 * {@code fragments/saved-filters :: panel(listKey, current)}. Saved filters of customer lists whose owner registers an
 * {@link guichet.platform.filters.AudienceSource} serve other modules as audiences ({@link
 * guichet.platform.filters.Audiences}).
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Saved filters",
        allowedDependencies = {
            "platform.customers",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.tenancy",
            "platform.web"
        })
@NullMarked
package guichet.platform.filters;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
