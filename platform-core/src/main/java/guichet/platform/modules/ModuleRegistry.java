package guichet.platform.modules;

import guichet.platform.tenancy.TenantProfile;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every feature module on the classpath, as their descriptors declare them. */
@Component
public class ModuleRegistry {

    private final List<ModuleDescriptor> modules;
    private final Map<String, ModuleDescriptor> byId;

    ModuleRegistry(ObjectProvider<ModuleDescriptor> descriptors) {
        this.modules = descriptors.stream()
                .sorted(Comparator.comparingInt(ModuleDescriptor::order).thenComparing(ModuleDescriptor::id))
                .toList();
        this.byId = modules.stream().collect(Collectors.toMap(ModuleDescriptor::id, Function.identity()));
        if (byId.size() != modules.size()) {
            throw new IllegalStateException("Two modules share an id: " + modules);
        }
        Map<String, String> apiOwners = new HashMap<>();
        for (ModuleDescriptor module : modules) {
            for (String prefix : module.apiPrefixes()) {
                String other = apiOwners.putIfAbsent(prefix, module.id());
                if (other != null) {
                    throw new IllegalStateException(
                            "Modules " + other + " and " + module.id() + " both own the API prefix " + prefix);
                }
            }
        }
    }

    /** All modules, in navigation order. */
    public List<ModuleDescriptor> all() {
        return modules;
    }

    public Optional<ModuleDescriptor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The module whose pages or API a request path addresses, if any. */
    public Optional<ModuleDescriptor> owning(String path) {
        return modules.stream().filter(m -> m.owns(path)).findFirst();
    }

    /** The modules a tenant has, in navigation order. */
    public List<ModuleDescriptor> enabledFor(TenantProfile tenant) {
        return modules.stream().filter(m -> tenant.hasModule(m.id())).toList();
    }
}
