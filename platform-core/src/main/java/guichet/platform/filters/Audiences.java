package guichet.platform.filters;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.NotFound;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved filters of customer lists used as audiences by other modules: the tickets of a group of customers, the
 * recipients of a campaign. An audience is a saved filter the signed-in user sees (his own or one shared with the
 * tenant's staff) of a list he may see whose owner registered an {@link AudienceSource}. Its customers are resolved by
 * that owner, within the user's {@link CustomerAccess}: a sales representative's audience only ever yields his own
 * customers, whoever saved the filter.
 */
@Service
public class Audiences {

    /**
     * A saved filter usable as an audience.
     *
     * @param id the saved filter
     * @param name its name
     * @param listKey the list it filters
     * @param listLabelKey the message key of that list's name
     * @param shared whether the tenant's staff share it
     */
    public record Audience(SavedFilterId id, String name, String listKey, String listLabelKey, boolean shared) {}

    private final FilterLibrary library;
    private final Map<String, AudienceSource> sources;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;

    Audiences(
            FilterLibrary library,
            ObjectProvider<AudienceSource> sources,
            CustomerAccessPolicy policy,
            CurrentUser currentUser) {
        this.library = library;
        this.sources = sources.stream().collect(Collectors.toMap(AudienceSource::listKey, Function.identity()));
        this.policy = policy;
        this.currentUser = currentUser;
        this.sources.keySet().stream()
                .filter(key -> !library.isRegistered(key))
                .findAny()
                .ifPresent(key -> {
                    throw new IllegalStateException("An audience source names no registered list: " + key);
                });
    }

    /** The audiences the signed-in user may use, by list then name; none for a visitor or a customer. */
    @Transactional(readOnly = true)
    public List<Audience> available() {
        return sources.keySet().stream()
                .sorted()
                .flatMap(key -> library.available(key).stream())
                .flatMap(list -> library.visibleIn(list.key()).stream().map(filter -> audience(filter, list)))
                .toList();
    }

    /**
     * An audience the signed-in user may use.
     *
     * @throws NotFound if there is no such saved filter in this tenant, he does not see it, may not see its list, or its
     *     list is no audience
     */
    @Transactional(readOnly = true)
    public Audience find(SavedFilterId id) {
        SavedFilter filter = usable(id);
        return audience(filter, library.available(filter.listKey()).orElseThrow());
    }

    /**
     * One page of an audience's customers, within the signed-in user's access, in a stable order.
     *
     * @throws NotFound as {@link #find} does
     */
    @Transactional(readOnly = true)
    public Page<CustomerId> customers(SavedFilterId id, Pageable page) {
        SavedFilter filter = usable(id);
        CustomerAccess access = policy.of(currentUser.require());
        return sources.get(filter.listKey()).customers(filter.query(), access, page);
    }

    /** The saved filter behind an audience the signed-in user may use; {@link NotFound} otherwise. */
    private SavedFilter usable(SavedFilterId id) {
        return library.visibleFilter(id)
                .filter(filter -> sources.containsKey(filter.listKey()))
                .filter(filter -> library.available(filter.listKey()).isPresent())
                .orElseThrow(() -> new NotFound("Audience " + id));
    }

    private static Audience audience(SavedFilter filter, FilterableList list) {
        return new Audience(filter.id(), filter.name(), list.key(), list.labelKey(), filter.isShared());
    }
}
