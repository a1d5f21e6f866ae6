package guichet.platform.identity;

import guichet.platform.modules.ModuleRegistry;
import guichet.platform.modules.Permission;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Every permission that exists: platform core's and those of every module on the classpath. */
@Component
public class Permissions {

    private final Set<String> all;

    Permissions(ModuleRegistry modules) {
        java.util.SortedSet<String> ids = new TreeSet<>();
        CorePermissions.ALL.stream().map(Permission::id).forEach(ids::add);
        modules.all()
                .forEach(module ->
                        module.permissions().stream().map(Permission::id).forEach(ids::add));
        this.all = java.util.Collections.unmodifiableSortedSet(ids);
    }

    public Set<String> all() {
        return all;
    }

    /** What these roles may do. */
    public Set<String> grantedTo(Collection<Role> roles) {
        return RolePermissions.of(roles, all);
    }
}
