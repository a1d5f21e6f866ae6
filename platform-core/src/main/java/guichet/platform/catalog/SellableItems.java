package guichet.platform.catalog;

import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue port: what the current tenant sells, whichever module defines it, so that a module names an item (a
 * quote's line taken from an offer, a sale) without depending on that module. It gathers the {@link SellableSource}s
 * of platform core and of the modules the tenant has, in their order (platform core's products first); items of a
 * module the tenant does not have are never found, by search nor by reference. A tenant must be bound.
 */
@Service
public class SellableItems {

    private final List<SellableSource> sources;
    private final CurrentTenant tenant;

    SellableItems(List<SellableSource> sources, CurrentTenant tenant) {
        Set<String> kinds = new HashSet<>();
        for (SellableSource source : sources) {
            if (!ItemRef.isKind(source.kind()) || !kinds.add(source.kind())) {
                throw new IllegalStateException(
                        "Sellable sources need distinct kinds of 2-20 letters: " + source.kind());
            }
        }
        this.sources = List.copyOf(sources);
        this.tenant = tenant;
    }

    /** The kinds of items the current tenant sells, in the sources' order. */
    public List<String> kinds() {
        return ofTenant().map(SellableSource::kind).toList();
    }

    /**
     * Items matching what was typed: each source's in its order, the sources in theirs, at most
     * {@link SellableSearch#limit()} in all; nothing for blank text.
     */
    @Transactional(readOnly = true)
    public List<SellableItem> search(SellableSearch search) {
        List<SellableItem> found = new ArrayList<>();
        if (search.typed().isBlank()) {
            return found;
        }
        for (SellableSource source :
                ofTenant().filter(s -> search.covers(s.kind())).toList()) {
            int left = search.limit() - found.size();
            if (left <= 0) {
                break;
            }
            found.addAll(source.search(search.typed(), search.withdrawnToo(), left).stream()
                    .limit(left)
                    .toList());
        }
        return found;
    }

    /** The item with this reference, on sale or not, if the current tenant has it. */
    @Transactional(readOnly = true)
    public Optional<SellableItem> find(ItemRef ref) {
        return Optional.ofNullable(findAll(List.of(ref)).get(ref));
    }

    /**
     * The items with these references, on sale or not, asking each source once; references the current tenant does
     * not have are left out.
     */
    @Transactional(readOnly = true)
    public Map<ItemRef, SellableItem> findAll(Collection<ItemRef> refs) {
        Map<String, Set<UUID>> idsByKind = refs.stream()
                .collect(Collectors.groupingBy(ItemRef::kind, Collectors.mapping(ItemRef::id, Collectors.toSet())));
        Map<ItemRef, SellableItem> found = new LinkedHashMap<>();
        ofTenant()
                .filter(source -> idsByKind.containsKey(source.kind()))
                .forEach(source -> source.find(idsByKind.get(source.kind())).stream()
                        .filter(item -> item.kind().equals(source.kind()))
                        .forEach(item -> found.put(item.ref(), item)));
        return found;
    }

    private java.util.stream.Stream<SellableSource> ofTenant() {
        TenantProfile current = tenant.profile();
        return sources.stream().filter(source -> source.module() == null || current.hasModule(source.module()));
    }
}
