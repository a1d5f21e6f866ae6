package guichet.shops.web;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.sites.Position;
import guichet.platform.web.ContentPolicy;
import guichet.platform.web.TenantTime;
import guichet.shops.locator.StoreLocator;
import guichet.shops.sites.LocatorSettings;
import guichet.shops.sites.ShopSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « The nearest open shop », for anyone on the tenant's host, signed in or not: from the browser's position (asked
 * for with the visitor's consent, by the page's script) or a town or coordinates typed, which works without script.
 * The module declares {@code /shops/locator} public. The position travels in the address: it is what a visitor
 * shares to find a shop, and the address makes the result a link he can keep.
 */
@Controller
@RequiresPermission(RequiresPermission.PUBLIC)
class LocatorController {

    static final String VIEW = "shops/locator";

    private final StoreLocator locator;
    private final ShopSettings shopSettings;
    private final TenantTime time;

    LocatorController(StoreLocator locator, ShopSettings shopSettings, TenantTime time) {
        this.locator = locator;
        this.shopSettings = shopSettings;
        this.time = time;
    }

    @GetMapping("/shops/locator")
    @Transactional(readOnly = true)
    String locate(
            @RequestParam(required = false) @Nullable String where,
            @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lon,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) @Nullable UUID service,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("where", where == null ? "" : where);
        model.addAttribute("open", open);
        model.addAttribute("service", service);
        model.addAttribute("services", shopSettings.activeServices());
        model.addAttribute("towns", locator.towns());
        LocatorSettings settings = shopSettings.locatorSettings();
        model.addAttribute("settings", settings);
        if (settings.tileUrl() != null) {
            URI tiles = URI.create(settings.tileUrl().replaceAll("\\{[a-z]}", "0"));
            String origin =
                    tiles.getScheme() + "://" + tiles.getHost() + (tiles.getPort() < 0 ? "" : ":" + tiles.getPort());
            response.setHeader("Content-Security-Policy", ContentPolicy.allowingImagesFrom(origin));
        }
        Optional<Position> from = Optional.empty();
        if (lat != null && lon != null) {
            if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                from = Optional.of(new Position(lat, lon));
            } else {
                model.addAttribute("error", "shops.locator.error.position");
            }
        } else if (where != null && !where.isBlank()) {
            from = locator.whereIs(where);
            if (from.isEmpty()) {
                model.addAttribute("error", "shops.locator.error.unknown");
            }
        }
        from.ifPresent(position -> {
            model.addAttribute("from", position);
            model.addAttribute(
                    "found", locator.nearest(position, StoreLocator.DEFAULT_COUNT, open, service, time.zone()));
        });
        if (from.isEmpty()) {
            model.addAttribute("found", List.of());
        }
        return VIEW;
    }
}
