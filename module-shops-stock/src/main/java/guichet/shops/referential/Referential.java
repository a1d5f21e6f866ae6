package guichet.shops.referential;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.history.InteractionLog;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.web.NotFound;
import guichet.shops.referential.ReferentialView.Branch;
import guichet.shops.referential.ReferentialView.ServiceLine;
import guichet.shops.referential.ReferentialView.StructureLine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners and their trees of issuing structures (seed 000): read whole, added, changed and deleted by the
 * administrator, each change in the interaction history. Deleting a partner or a structure takes the structures under
 * it along, and is refused while a service refers to any of them: the message names the services.
 */
@Service
public class Referential {

    static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");
    static final String PATH_SEPARATOR = " › ";

    private final Partners partners;
    private final Structures structures;
    private final KioskServices services;
    private final Products products;
    private final Sites sites;
    private final InteractionLog history;
    private final Clock clock;

    Referential(
            Partners partners,
            Structures structures,
            KioskServices services,
            Products products,
            Sites sites,
            InteractionLog history,
            Clock clock) {
        this.partners = partners;
        this.structures = structures;
        this.services = services;
        this.products = products;
        this.sites = sites;
        this.history = history;
        this.clock = clock;
    }

    /** The whole referential, in five statements whatever its size. */
    @Transactional(readOnly = true)
    public ReferentialView view() {
        List<Partner> all = partners.findAll(Sort.by("name"));
        Map<UUID, List<Structure>> children = new HashMap<>();
        for (Structure s : structures.findAll(Sort.by("name"))) {
            children.computeIfAbsent(s.parentId().orElse(s.partnerId()), k -> new ArrayList<>())
                    .add(s);
        }
        List<KioskService> kiosk = services.findAll();
        Map<UUID, Product> productById = new HashMap<>();
        products.findAllById(kiosk.stream().map(k -> k.productId().value()).toList())
                .forEach(p -> productById.put(p.id().value(), p));
        Set<UUID> siteIds = new HashSet<>();
        kiosk.forEach(k -> k.agencies().forEach(a -> siteIds.add(a.value())));
        Map<UUID, Site> siteById = new HashMap<>();
        if (!siteIds.isEmpty()) {
            sites.findAllById(siteIds).forEach(s -> siteById.put(s.id().value(), s));
        }
        Tree tree = new Tree(children, productById, siteById);
        kiosk.forEach(k -> tree.byStructure
                .computeIfAbsent(k.structureId(), x -> new ArrayList<>())
                .add(k));
        List<Branch> branches = new ArrayList<>();
        for (Partner partner : all) {
            List<StructureLine> lines = new ArrayList<>();
            tree.walk(partner.id(), 0, partner.name(), lines);
            branches.add(new Branch(partner, lines));
        }
        tree.services.sort(Comparator.comparing(l -> l.product().code()));
        return new ReferentialView(branches, tree.services);
    }

    /** Builds the partners' trees from the structures by parent (a partner's id for its top structures). */
    private record Tree(
            Map<UUID, List<Structure>> children,
            Map<UUID, Product> productById,
            Map<UUID, Site> siteById,
            Map<UUID, List<KioskService>> byStructure,
            List<ServiceLine> services) {

        Tree(Map<UUID, List<Structure>> children, Map<UUID, Product> productById, Map<UUID, Site> siteById) {
            this(children, productById, siteById, new HashMap<>(), new ArrayList<>());
        }

        void walk(UUID under, int depth, String path, List<StructureLine> lines) {
            for (Structure structure : children.getOrDefault(under, List.of())) {
                String here = path + PATH_SEPARATOR + structure.name();
                List<ServiceLine> issued = new ArrayList<>();
                for (KioskService k : byStructure.getOrDefault(structure.id(), List.of())) {
                    Product product = productById.get(k.productId().value());
                    if (product != null) {
                        issued.add(new ServiceLine(product, structure.id(), here, agencies(k)));
                    }
                }
                issued.sort(Comparator.comparing(l -> l.product().code()));
                services.addAll(issued);
                lines.add(new StructureLine(structure, depth, here, issued));
                walk(structure.id(), depth + 1, here, lines);
            }
        }

        private List<Site> agencies(KioskService service) {
            return service.agencies().stream()
                    .map(a -> siteById.get(a.value()))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing(Site::code))
                    .toList();
        }
    }

    @Transactional
    public Partner addPartner(String code, String name) {
        ReferentialRejected.ifAny(problems(code, name, partners.findByCode(code).map(Partner::id), null));
        Partner partner = partners.save(new Partner(code, name.strip(), clock.instant()));
        history.record("PARTNER_CREATED", "partner", code, name.strip());
        return partner;
    }

    @Transactional
    public void changePartner(UUID id, String code, String name) {
        Partner partner = partner(id);
        ReferentialRejected.ifAny(problems(code, name, partners.findByCode(code).map(Partner::id), id));
        partner.describe(code, name.strip());
        history.record("PARTNER_CHANGED", "partner", code, name.strip());
    }

    /** Deletes a partner and its structures, unless a service refers to one of them. */
    @Transactional
    public void deletePartner(UUID id) {
        Partner partner = partner(id);
        List<UUID> tree =
                structures.findByPartnerId(id).stream().map(Structure::id).toList();
        refuseWhileReferenced(tree, "shops.referential.error.partner.referenced", partner.name());
        structures.deleteAll(tree.toArray(UUID[]::new));
        partners.delete(partner);
        history.record("PARTNER_DELETED", "partner", partner.code(), partner.name());
    }

    /**
     * Adds a structure at the top of a partner's tree, or under another structure of it.
     *
     * @param parent the structure it is under, or null at the top
     */
    @Transactional
    public Structure addStructure(@Nullable UUID partnerId, @Nullable UUID parent, String code, String name) {
        Partner partner =
                partnerId == null ? null : partners.findById(partnerId).orElse(null);
        Map<String, String> problems =
                problems(code, name, structures.findByCode(code).map(Structure::id), null);
        if (partner == null) {
            problems.put("partner", "shops.referential.error.partner.required");
        } else if (parent != null
                && structures
                        .findById(parent)
                        .filter(p -> p.partnerId().equals(partner.id()))
                        .isEmpty()) {
            problems.put("parent", "shops.referential.error.parent");
        }
        ReferentialRejected.ifAny(problems);
        Structure structure = structures.save(
                new Structure(Objects.requireNonNull(partner).id(), parent, code, name.strip(), clock.instant()));
        history.record("STRUCTURE_CREATED", "structure", code, name.strip());
        return structure;
    }

    /** Renames a structure or moves it within its partner's tree, never under itself or what is under it. */
    @Transactional
    public void changeStructure(UUID id, @Nullable UUID parent, String code, String name) {
        Structure structure = structure(id);
        Map<String, String> problems =
                problems(code, name, structures.findByCode(code).map(Structure::id), id);
        if (parent != null
                && (structures.subtree(id).contains(parent)
                        || structures
                                .findById(parent)
                                .filter(p -> p.partnerId().equals(structure.partnerId()))
                                .isEmpty())) {
            problems.put("parent", "shops.referential.error.parent");
        }
        ReferentialRejected.ifAny(problems);
        structure.describe(code, name.strip(), parent);
        history.record("STRUCTURE_CHANGED", "structure", code, name.strip());
    }

    /** Deletes a structure and those under it, unless a service refers to one of them. */
    @Transactional
    public void deleteStructure(UUID id) {
        Structure structure = structure(id);
        List<UUID> tree = structures.subtree(id);
        refuseWhileReferenced(tree, "shops.referential.error.structure.referenced", structure.name());
        structures.deleteAll(tree.toArray(UUID[]::new));
        history.record("STRUCTURE_DELETED", "structure", structure.code(), structure.name());
    }

    private void refuseWhileReferenced(List<UUID> tree, String key, String name) {
        if (tree.isEmpty()) {
            return;
        }
        List<KioskService> referring = services.referringTo(tree);
        if (!referring.isEmpty()) {
            String codes = products
                    .findAllById(
                            referring.stream().map(k -> k.productId().value()).toList())
                    .stream()
                    .map(Product::code)
                    .sorted()
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            throw ReferentialRejected.stillReferenced(key, name, referring.size(), codes);
        }
    }

    Partner partner(UUID id) {
        return partners.findById(id).orElseThrow(() -> new NotFound("Partner " + id));
    }

    Structure structure(UUID id) {
        return structures.findById(id).orElseThrow(() -> new NotFound("Structure " + id));
    }

    /** A code and a name's problems, the code taken unless by {@code self}. */
    static Map<String, String> problems(String code, String name, Optional<UUID> holder, @Nullable UUID self) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!CODE.matcher(code).matches()) {
            problems.put("code", "shops.error.code.format");
        } else if (holder.filter(h -> !h.equals(self)).isPresent()) {
            problems.put("code", "shops.error.code.taken");
        }
        if (name.isBlank()) {
            problems.put("name", "shops.error.name.required");
        } else if (name.strip().length() > 200) {
            problems.put("name", "shops.error.length");
        }
        return problems;
    }
}
