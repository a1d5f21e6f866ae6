package guichet.platform.filters;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the panel {@code fragments/saved-filters :: panel(panel)} shows: a list's controller puts {@link #of} in its
 * model, read within the page's transaction.
 */
@Component("savedFilterPanels")
public class SavedFilterPanels {

    private final FilterLibrary library;

    SavedFilterPanels(FilterLibrary library) {
        this.library = library;
    }

    /**
     * The panel of a list.
     *
     * @param listKey the list's key, as its {@link FilterableList} registers it
     * @param current the address shown, with the list's criteria (such as {@code PageLinks.basePath()}); null or blank
     *     for the list without criteria
     */
    public Panel of(String listKey, @Nullable String current) {
        Optional<FilterableList> list = library.available(listKey);
        if (list.isEmpty() || !library.canSave()) {
            return new Panel(false, listKey, "", list.map(FilterableList::path).orElse("/"), List.of());
        }
        String address = current == null || current.isBlank() || !LocalAddress.isLocal(current)
                ? list.get().path()
                : current;
        String query = address.contains("?") ? address.substring(address.indexOf('?') + 1) : "";
        String normalized;
        try {
            normalized = FilterQuery.normalized(query);
        } catch (IllegalArgumentException tooLongOrMalformed) {
            normalized = "";
        }
        List<Link> links = library.visibleIn(listKey).stream()
                .map(filter -> new Link(
                        filter.id().toString(),
                        filter.name(),
                        list.get().linkTo(filter.query()),
                        filter.isShared(),
                        library.mayDelete(filter)))
                .toList();
        return new Panel(true, listKey, normalized, address, links);
    }

    /**
     * A list's panel.
     *
     * @param shown whether to show it at all (staff who may see the list)
     * @param listKey the list's key
     * @param query the criteria shown now, as the save form posts them
     * @param returnTo the page to come back to
     * @param filters the saved filters the user sees
     */
    public record Panel(boolean shown, String listKey, String query, String returnTo, List<Link> filters) {}

    /**
     * One saved filter, as a link to the list with its criteria.
     *
     * @param id its id, for the delete form
     * @param name its name
     * @param href the list with its criteria
     * @param shared whether the tenant's staff share it
     * @param deletable whether the user may delete it
     */
    public record Link(String id, String name, String href, boolean shared, boolean deletable) {}
}
