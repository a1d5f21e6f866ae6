package guichet.claims.web;

import guichet.claims.desk.Claim;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies (sites) and products or services that the staff list and its export name beside each ticket (issue
 * 16: a post office's counter demands by agency and service). A page's names cost at most one statement for its sites
 * and one for its products, whatever its number of rows, and none when its tickets have none or when the list's
 * choices already hold them (ADR 0016: no query per row).
 */
@Component
@Transactional(readOnly = true)
class SiteAndProductNames {

    /** The names of some tickets' sites and products, by id; a ticket without one, or an unknown id, has none. */
    record Names(Map<UUID, String> sites, Map<UUID, String> products) {

        static final Names NONE = new Names(Map.of(), Map.of());

        /** Where the ticket was recorded, or an empty text. */
        public String site(Claim ticket) {
            return ticket.site().map(id -> sites.getOrDefault(id.value(), "")).orElse("");
        }

        /** What the ticket is about, or an empty text. */
        public String product(Claim ticket) {
            return ticket.product()
                    .map(id -> products.getOrDefault(id.value(), ""))
                    .orElse("");
        }

        public boolean anySite() {
            return !sites.isEmpty();
        }

        public boolean anyProduct() {
            return !products.isEmpty();
        }
    }

    private final Sites sites;
    private final Products products;

    SiteAndProductNames(Sites sites, Products products) {
        this.sites = sites;
        this.products = products;
    }

    /** The tenant's open sites, by name, in one statement: what the list filters on and a ticket is moved to. */
    List<Site> activeSites() {
        return sites.findByActiveTrue(Sort.by("name"));
    }

    /** The names of these tickets' sites and products, read only for those not already among the {@code known}. */
    Names of(Collection<Claim> tickets, Collection<Site> knownSites, Collection<Product> knownProducts) {
        Set<UUID> siteIds = tickets.stream()
                .flatMap(t -> t.site().stream())
                .map(SiteId::value)
                .collect(Collectors.toSet());
        Set<UUID> productIds = tickets.stream()
                .flatMap(t -> t.product().stream())
                .map(ProductId::value)
                .collect(Collectors.toSet());
        if (siteIds.isEmpty() && productIds.isEmpty()) {
            return Names.NONE;
        }
        Map<UUID, String> siteNames =
                named(siteIds, knownSites, s -> s.id().value(), Site::name, missing -> sites.findAllById(missing));
        Map<UUID, String> productNames =
                named(productIds, knownProducts, p -> p.id().value(), Product::name, products::findAllById);
        return new Names(siteNames, productNames);
    }

    /** The names of the wanted ids: from the known ones, the others read in one statement if there are any. */
    private static <T> Map<UUID, String> named(
            Set<UUID> wanted,
            Collection<T> known,
            Function<T, UUID> id,
            Function<T, String> name,
            Function<List<UUID>, List<T>> read) {
        Map<UUID, String> names = new HashMap<>();
        known.stream().filter(k -> wanted.contains(id.apply(k))).forEach(k -> names.put(id.apply(k), name.apply(k)));
        List<UUID> missing = wanted.stream().filter(w -> !names.containsKey(w)).toList();
        if (!missing.isEmpty()) {
            read.apply(missing).forEach(found -> names.put(id.apply(found), name.apply(found)));
        }
        return Map.copyOf(names);
    }
}
