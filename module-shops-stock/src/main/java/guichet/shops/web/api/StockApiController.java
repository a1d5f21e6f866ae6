package guichet.shops.web.api;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.modules.Refusal;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.web.PageResponse;
import guichet.shops.ShopsModule;
import guichet.shops.stock.Movement;
import guichet.shops.stock.MovementKind;
import guichet.shops.stock.Movements;
import guichet.shops.stock.StockLedger;
import guichet.shops.stock.StockLevel;
import guichet.shops.stock.StockLevels;
import guichet.shops.stock.web.MoveForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock as JSON: levels and the journal (filters as on the pages, paged), and movements recorded by a till or a
 * warehouse system. A refused movement answers 409 with the reason in the client's language; nothing is recorded.
 */
@RestController
@RequiresPermission(ShopsModule.VIEW)
class StockApiController {

    private static final int MAX_PAGE = 200;

    private final StockLevels levels;
    private final Movements movements;
    private final StockLedger ledger;
    private final Sites sites;
    private final Products products;

    StockApiController(StockLevels levels, Movements movements, StockLedger ledger, Sites sites, Products products) {
        this.levels = levels;
        this.movements = movements;
        this.ledger = ledger;
        this.sites = sites;
        this.products = products;
    }

    /** A site's (or every site's) quantities, by site code and product code. */
    @GetMapping("/api/shops/stock")
    @Transactional(readOnly = true)
    PageResponse<LevelResponse> levels(
            @RequestParam(required = false) @Nullable String site,
            @RequestParam(required = false) @Nullable String product,
            @RequestParam(defaultValue = "false") boolean low,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<StockLevel> found = levels.search(
                site(site),
                product(product),
                low,
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE), Sort.by("siteId", "productId")));
        return PageResponse.of(
                found,
                level -> new LevelResponse(
                        level.site().value(),
                        level.product().value(),
                        level.quantity(),
                        level.lowThreshold(),
                        level.low()));
    }

    @GetMapping("/api/shops/stock/movements")
    @Transactional(readOnly = true)
    PageResponse<MovementResponse> journal(
            @RequestParam(required = false) @Nullable String site,
            @RequestParam(required = false) @Nullable String product,
            @RequestParam(required = false) @Nullable MovementKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                movements.search(
                        site(site),
                        product(product),
                        kind,
                        PageRequest.of(
                                Math.max(page, 0),
                                Math.clamp(size, 1, MAX_PAGE),
                                Sort.by(Sort.Order.desc("createdAt")))),
                MovementResponse::of);
    }

    /** Records a movement: {@code RECEIPT}, {@code TRANSFER}, {@code RETURN}, {@code ADJUSTMENT} or {@code COUNT}. */
    @PostMapping("/api/shops/stock/movements")
    @RequiresPermission(ShopsModule.STOCK_MOVE)
    @ResponseStatus(HttpStatus.CREATED)
    List<MovementResponse> move(@Valid @RequestBody MovementRequest request) {
        Site site = sites.findByCode(request.site()).orElseThrow(() -> new Refusal("shops.stock.refused.site"));
        Product product =
                products.findByCode(request.product()).orElseThrow(() -> new Refusal("shops.stock.refused.product"));
        List<String> serials = request.serials() == null ? List.of() : request.serials();
        String reason = request.reason() == null ? "" : request.reason();
        List<Movement> recorded = switch (request.kind()) {
            case RECEIPT -> List.of(ledger.receive(site.id(), product.id(), request.quantity(), serials, reason));
            case TRANSFER -> {
                Site to = sites.findByCode(request.toSite() == null ? "" : request.toSite())
                        .orElseThrow(() -> new Refusal("shops.stock.refused.site"));
                yield ledger.transfer(site.id(), to.id(), product.id(), request.quantity(), serials);
            }
            case RETURN ->
                List.of(ledger.returned(
                        site.id(), product.id(), serials.isEmpty() ? null : serials.getFirst(), reason));
            case ADJUSTMENT -> List.of(ledger.adjust(site.id(), product.id(), request.quantity(), reason));
            case COUNT ->
                ledger.count(site.id(), product.id(), request.quantity(), serials).stream()
                        .toList();
            case THRESHOLD -> {
                ledger.threshold(site.id(), product.id(), request.quantity());
                yield List.of();
            }
        };
        return recorded.stream().map(MovementResponse::of).toList();
    }

    private @Nullable UUID site(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return sites.findByCode(code)
                .map(s -> s.id().value())
                .orElseThrow(() -> new Refusal("shops.stock.refused.site"));
    }

    private @Nullable UUID product(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return products.findByCode(code)
                .map(p -> p.id().value())
                .orElseThrow(() -> new Refusal("shops.stock.refused.product"));
    }

    /** A movement to record: the site and product by code; the serial numbers of items followed one by one. */
    record MovementRequest(
            @NotNull MoveForm.Kind kind,
            @NotBlank String site,
            @NotBlank String product,
            @NotNull Integer quantity,
            @Nullable String toSite,
            @Nullable List<String> serials,
            @Nullable String reason) {}

    record LevelResponse(
            UUID site, UUID product, int quantity, @Nullable Integer lowThreshold, boolean low) {}

    record MovementResponse(
            UUID id,
            MovementKind kind,
            UUID site,
            UUID product,
            int quantity,
            int balance,
            @Nullable String reason,
            @Nullable UUID otherSite,
            List<String> serials,
            String by,
            Instant at) {

        static MovementResponse of(Movement movement) {
            return new MovementResponse(
                    movement.id(),
                    movement.kind(),
                    movement.site().value(),
                    movement.product().value(),
                    movement.quantity(),
                    movement.balance(),
                    movement.reason(),
                    movement.otherSite().map(s -> s.value()).orElse(null),
                    movement.serials(),
                    movement.actorLabel(),
                    movement.createdAt());
        }
    }
}
