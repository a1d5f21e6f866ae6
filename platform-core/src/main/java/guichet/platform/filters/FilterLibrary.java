package guichet.platform.filters;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.web.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's saved filters. Only staff save filters; each sees his own and those shared with the tenant's
 * staff, of the lists he may see. An owner deletes or renames his filters; a tenant administrator may also delete a
 * shared one.
 */
@Service
public class FilterLibrary {

    private final SavedFilters filters;
    private final Map<String, FilterableList> lists;
    private final CurrentUser currentUser;
    private final ModuleRegistry modules;
    private final TenantCatalog catalog;
    private final Clock clock;

    FilterLibrary(
            SavedFilters filters,
            ObjectProvider<FilterableList> lists,
            CurrentUser currentUser,
            ModuleRegistry modules,
            TenantCatalog catalog,
            Clock clock) {
        this.filters = filters;
        this.lists = lists.stream().collect(Collectors.toMap(FilterableList::key, Function.identity()));
        this.currentUser = currentUser;
        this.modules = modules;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Whether some module registered a list under this key. */
    public boolean isRegistered(String listKey) {
        return lists.containsKey(listKey);
    }

    /**
     * The list under this key, if the signed-in user may see it here: registered, its module bought by the tenant, and
     * its permission his.
     */
    public Optional<FilterableList> available(String listKey) {
        FilterableList list = lists.get(listKey);
        Optional<GuichetUser> user = currentUser.get();
        if (list == null || user.isEmpty() || !user.get().can(list.permission())) {
            return Optional.empty();
        }
        Optional<TenantProfile> tenant = TenantContext.current().flatMap(catalog::find);
        boolean bought = modules.owning(list.path())
                .map(module -> tenant.map(t -> t.hasModule(module.id())).orElse(false))
                .orElse(true);
        return bought ? Optional.of(list) : Optional.empty();
    }

    /** Whether the signed-in user may save filters: staff only. */
    public boolean canSave() {
        return currentUser.get().map(GuichetUser::isStaff).orElse(false);
    }

    /** The filters of a list the signed-in user sees: his own and the shared ones, by name; none for customers. */
    @Transactional(readOnly = true)
    public List<SavedFilter> visibleIn(String listKey) {
        Optional<GuichetUser> user = currentUser.get().filter(GuichetUser::isStaff);
        if (user.isEmpty() || available(listKey).isEmpty()) {
            return List.of();
        }
        return filters.visibleTo(listKey, user.get().id().value());
    }

    /**
     * Saves the criteria of a list under a name; saving again under a name the user already gave in that list replaces
     * that filter's criteria.
     *
     * @param query the list's query string; paging and blank criteria are dropped (see {@link FilterQuery})
     * @throws AccessDeniedException if the user is no staff, or may not see the list
     * @throws IllegalArgumentException if the name or query is blank, too long or malformed
     */
    @Transactional
    public SavedFilter save(String listKey, String name, String query, boolean shared) {
        GuichetUser user = staff();
        if (available(listKey).isEmpty()) {
            throw new AccessDeniedException("List " + listKey + " is not available");
        }
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > SavedFilter.MAX_NAME) {
            throw new IllegalArgumentException("A filter's name has 1 to " + SavedFilter.MAX_NAME + " characters");
        }
        String cleanQuery = FilterQuery.normalized(query);
        Optional<SavedFilter> existing =
                filters.findByOwnerUserIdAndListKeyAndName(user.id().value(), listKey, cleanName);
        if (existing.isPresent()) {
            existing.get().change(cleanQuery, shared, clock.instant());
            return existing.get();
        }
        return filters.save(new SavedFilter(listKey, cleanName, cleanQuery, user.id(), shared, clock.instant()));
    }

    /**
     * Renames one of the user's own filters.
     *
     * @throws NotFound if he does not see it
     * @throws AccessDeniedException if it is another's (shared) filter
     */
    @Transactional
    public SavedFilter rename(SavedFilterId id, String name) {
        SavedFilter filter = visible(id);
        if (!filter.owner().equals(staff().id())) {
            throw new AccessDeniedException("Only its owner renames a filter");
        }
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > SavedFilter.MAX_NAME) {
            throw new IllegalArgumentException("A filter's name has 1 to " + SavedFilter.MAX_NAME + " characters");
        }
        filter.rename(cleanName, clock.instant());
        return filter;
    }

    /**
     * Deletes a filter: the owner's own, or a shared one by a tenant administrator.
     *
     * @return the deleted filter's list
     * @throws NotFound if the user does not see it (another's private filter, another tenant's)
     * @throws AccessDeniedException if he sees it but may not delete it
     */
    @Transactional
    public String delete(SavedFilterId id) {
        SavedFilter filter = visible(id);
        if (!mayDelete(filter)) {
            throw new AccessDeniedException("Only its owner or an administrator deletes a shared filter");
        }
        filters.delete(filter);
        return filter.listKey();
    }

    /** Whether the signed-in user may delete a filter he sees. */
    public boolean mayDelete(SavedFilter filter) {
        return currentUser
                .get()
                .map(user -> filter.owner().equals(user.id())
                        || (filter.isShared() && user.roles().contains(Role.TENANT_ADMIN)))
                .orElse(false);
    }

    /**
     * A saved filter the signed-in staff user sees: his own, or one shared with the tenant's staff; empty for anyone
     * else, and for an id of another tenant.
     */
    @Transactional(readOnly = true)
    public Optional<SavedFilter> visibleFilter(SavedFilterId id) {
        return currentUser
                .get()
                .filter(GuichetUser::isStaff)
                .flatMap(user -> filters.findById(id.value())
                        .filter(f -> f.isShared() || f.owner().equals(user.id())));
    }

    private SavedFilter visible(SavedFilterId id) {
        staff();
        return visibleFilter(id).orElseThrow(() -> new NotFound("Saved filter " + id));
    }

    private GuichetUser staff() {
        GuichetUser user = currentUser.require();
        if (!user.isStaff()) {
            throw new AccessDeniedException("Only staff save filters");
        }
        return user;
    }
}
