package guichet.shops.stock.web;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.sales.SerialNumber;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.shops.ShopsModule;
import guichet.shops.stock.Movement;
import guichet.shops.stock.MovementKind;
import guichet.shops.stock.Movements;
import guichet.shops.stock.StockItem;
import guichet.shops.stock.StockItems;
import guichet.shops.stock.StockLevel;
import guichet.shops.stock.StockLevels;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Stock as staff read it: the quantities per site and product (those at or under their threshold on demand), the
 * journal of movements, and where a serial-numbered item is. Filters travel in the address, so a list is a link.
 */
@Controller
@RequiresPermission(ShopsModule.VIEW)
class StockController {

    static final String LEVELS = "shops/stock";
    static final String JOURNAL = "shops/movements";
    static final String ITEM = "shops/item";
    static final Set<String> LEVEL_SORTS = Set.of("quantity", "updatedAt");
    static final Set<String> MOVEMENT_SORTS = Set.of("createdAt", "quantity");

    private final StockLevels levels;
    private final Movements movements;
    private final StockItems items;
    private final Sites sites;
    private final Products products;

    StockController(StockLevels levels, Movements movements, StockItems items, Sites sites, Products products) {
        this.levels = levels;
        this.movements = movements;
        this.items = items;
        this.sites = sites;
        this.products = products;
    }

    @GetMapping("/shops/stock")
    @Transactional(readOnly = true)
    String levels(
            ListQuery query,
            @RequestParam(required = false) @Nullable String site,
            @RequestParam(required = false) @Nullable String product,
            @RequestParam(defaultValue = "false") boolean low,
            Model model) {
        Chosen chosen = chosen(site, product);
        Page<StockLevel> shown = levels.search(
                chosen.siteId(),
                chosen.productId(),
                low,
                query.pageable(LEVEL_SORTS, Sort.by(Sort.Order.asc("quantity"))));
        model.addAttribute("levels", shown);
        model.addAttribute(
                "names",
                names(shown.stream().map(StockLevel::site), shown.stream().map(StockLevel::product)));
        model.addAttribute("site", site == null ? "" : site);
        model.addAttribute("product", product == null ? "" : product);
        model.addAttribute("low", low);
        model.addAttribute("unknownSite", site != null && !site.isBlank() && chosen.site() == null);
        model.addAttribute("unknownProduct", product != null && !product.isBlank() && chosen.product() == null);
        model.addAttribute("sites", sites.findByActiveTrue(Sort.by("code")));
        model.addAttribute(
                "links", PageLinks.of(base("/shops/stock", filters(site, product, low ? "true" : null, null)), shown));
        return LEVELS;
    }

    @GetMapping("/shops/stock/movements")
    @Transactional(readOnly = true)
    String journal(
            ListQuery query,
            @RequestParam(required = false) @Nullable String site,
            @RequestParam(required = false) @Nullable String product,
            @RequestParam(required = false) @Nullable MovementKind kind,
            Model model) {
        Chosen chosen = chosen(site, product);
        Page<Movement> shown = movements.search(
                chosen.siteId(),
                chosen.productId(),
                kind,
                query.pageable(MOVEMENT_SORTS, Sort.by(Sort.Order.desc("createdAt"))));
        model.addAttribute("movements", shown);
        model.addAttribute(
                "names",
                names(
                        shown.stream().flatMap(m -> Stream.concat(Stream.of(m.site()), m.otherSite().stream())),
                        shown.stream().map(Movement::product)));
        model.addAttribute("site", site == null ? "" : site);
        model.addAttribute("product", product == null ? "" : product);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", MovementKind.values());
        model.addAttribute("sites", sites.findByActiveTrue(Sort.by("code")));
        model.addAttribute(
                "links",
                PageLinks.of(
                        base("/shops/stock/movements", filters(site, product, null, kind == null ? null : kind.name())),
                        shown));
        return JOURNAL;
    }

    @GetMapping("/shops/stock/items")
    @Transactional(readOnly = true)
    String item(@RequestParam(defaultValue = "") String serial, Model model) {
        List<StockItem> found = SerialNumber.parse(serial)
                .map(number -> items.findBySerialNumber(number.value()))
                .orElse(List.of());
        model.addAttribute("serial", serial.strip());
        model.addAttribute("items", found);
        model.addAttribute(
                "names",
                names(found.stream().map(StockItem::site), found.stream().map(StockItem::product)));
        return ITEM;
    }

    /** The site and the product the address names, each when it exists. */
    private record Chosen(@Nullable Site site, @Nullable Product product) {

        @Nullable
        UUID siteId() {
            return site == null ? null : site.id().value();
        }

        @Nullable
        UUID productId() {
            return product == null ? null : product.id().value();
        }
    }

    private Chosen chosen(@Nullable String site, @Nullable String product) {
        return new Chosen(
                site == null || site.isBlank() ? null : sites.findByCode(site).orElse(null),
                product == null || product.isBlank()
                        ? null
                        : products.findByCode(product).orElse(null));
    }

    /** The names of the sites and products a page shows, in two reads. */
    private Map<UUID, String> names(Stream<SiteId> siteIds, Stream<ProductId> productIds) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> siteList = siteIds.map(SiteId::value).distinct().toList();
        List<UUID> productList = productIds.map(ProductId::value).distinct().toList();
        if (!siteList.isEmpty()) {
            sites.findAllById(siteList).forEach(s -> names.put(s.id().value(), s.code() + " — " + s.name()));
        }
        if (!productList.isEmpty()) {
            products.findAllById(productList).forEach(p -> names.put(p.id().value(), p.code() + " — " + p.name()));
        }
        return names;
    }

    private static String base(String path, Map<String, String> filters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        filters.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    private static Map<String, String> filters(
            @Nullable String site, @Nullable String product, @Nullable String low, @Nullable String kind) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (site != null && !site.isBlank()) {
            filters.put("site", site);
        }
        if (product != null && !product.isBlank()) {
            filters.put("product", product);
        }
        if (low != null) {
            filters.put("low", low);
        }
        if (kind != null) {
            filters.put("kind", kind);
        }
        return filters;
    }
}
