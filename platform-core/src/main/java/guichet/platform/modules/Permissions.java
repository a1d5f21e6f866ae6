package guichet.platform.modules;

import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.Permission;
import guichet.platform.identity.Role;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every permission that exists, platform core's and those of every module on the classpath, and what each role holds:
 * the roles each permission names, and everything for the tenant administrator. Documented in {@code docs/security.md}
 * (a test keeps the two equal).
 */
@Component
public class Permissions {

    private final List<Permission> declared;
    private final SortedSet<String> all;
    private final Map<Set<Role>, Set<String>> granted = new ConcurrentHashMap<>();

    Permissions(ModuleRegistry modules) {
        this.declared = Stream.concat(
                        CorePermissions.ALL.stream(),
                        modules.all().stream().flatMap(module -> module.permissions().stream()))
                .toList();
        SortedSet<String> ids = new TreeSet<>();
        declared.forEach(permission -> ids.add(permission.id()));
        if (ids.size() != declared.size()) {
            throw new IllegalStateException("Two permissions share a name: " + declared);
        }
        this.all = Collections.unmodifiableSortedSet(ids);
    }

    /** The names of every permission, sorted. */
    public Set<String> all() {
        return all;
    }

    /**
     * What these roles may do together. Only customer accounts hold {@code portal.*} permissions. Computed once per set
     * of roles: it is asked at every request.
     */
    public Set<String> grantedTo(Collection<Role> roles) {
        return granted.computeIfAbsent(Set.copyOf(roles), this::compute);
    }

    private Set<String> compute(Set<Role> roles) {
        SortedSet<String> held = new TreeSet<>();
        if (roles.contains(Role.TENANT_ADMIN)) {
            held.addAll(all);
        }
        for (Permission permission : declared) {
            if (roles.stream().anyMatch(permission.grantedTo()::contains)) {
                held.add(permission.id());
            }
        }
        boolean customer = roles.contains(Role.CUSTOMER) || roles.contains(Role.RESELLER);
        held.removeIf(permission -> permission.startsWith("portal.") && !customer);
        return Collections.unmodifiableSortedSet(held);
    }
}
