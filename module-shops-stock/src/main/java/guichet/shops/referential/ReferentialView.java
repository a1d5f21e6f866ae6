package guichet.shops.referential;

import guichet.platform.catalog.Product;
import guichet.platform.sites.Site;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The referential as its page and API show it: each partner with its structures in tree order (a parent before its
 * children, each with its depth and its path from the partner), the services under each structure, and every service
 * with the agencies offering it.
 */
public record ReferentialView(List<Branch> partners, List<ServiceLine> services) {

    /** A partner and its structures, in tree order. */
    public record Branch(Partner partner, List<StructureLine> structures) {}

    /**
     * A structure where it stands in its partner's tree.
     *
     * @param depth 0 at the top of the tree
     * @param path the partner's name and each structure's down to this one, « › » between them
     */
    public record StructureLine(Structure structure, int depth, String path, List<ServiceLine> services) {}

    /** A kiosk service: its product, the structure it refers to (with its path) and the agencies offering it. */
    public record ServiceLine(Product product, UUID structureId, String path, List<Site> agencies) {}

    /** Every structure, in the order of the partners' trees. */
    public List<StructureLine> structures() {
        return partners.stream().flatMap(b -> b.structures().stream()).toList();
    }

    public Optional<Partner> partner(UUID id) {
        return partners.stream()
                .map(Branch::partner)
                .filter(p -> p.id().equals(id))
                .findFirst();
    }

    public Optional<StructureLine> structure(UUID id) {
        return structures().stream().filter(s -> s.structure().id().equals(id)).findFirst();
    }

    public Optional<ServiceLine> service(UUID productId) {
        return services.stream()
                .filter(s -> s.product().id().value().equals(productId))
                .findFirst();
    }
}
