package guichet.shops.referential.web;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.sites.Sites;
import guichet.shops.ShopsModule;
import guichet.shops.referential.KioskCatalogue;
import guichet.shops.referential.Referential;
import guichet.shops.referential.ReferentialRejected;
import guichet.shops.referential.ReferentialView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referential page (seed 000): partners with their trees of issuing structures and the services each issues at
 * which agencies, for staff to read and administrators to change. One page, no script needed: « Modifier » reloads it
 * with that item in its form, and a refusal brings back what was typed with the reason of each problem.
 */
@Controller
@RequiresPermission(ShopsModule.REFERENTIAL_EDIT)
class ReferentialController {

    static final String VIEW = "shops/referential";
    private static final String BACK = "redirect:/shops/referential";

    private final Referential referential;
    private final KioskCatalogue catalogue;
    private final Sites sites;

    ReferentialController(Referential referential, KioskCatalogue catalogue, Sites sites) {
        this.referential = referential;
        this.catalogue = catalogue;
        this.sites = sites;
    }

    @GetMapping("/shops/referential")
    @RequiresPermission(ShopsModule.VIEW)
    @SuppressWarnings("unchecked")
    String page(@RequestParam(required = false) @Nullable String edit, Model model) {
        ReferentialView view = referential.view();
        model.addAttribute("referential", view);
        model.addAttribute("agencies", sites.findByActiveTrue(Sort.by("code")));
        model.addAttribute(
                "forms",
                ReferentialForms.of(
                        view, edit == null ? "" : edit, (String) model.getAttribute("rejected"), (Map<String, String>)
                                model.getAttribute("typed")));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return VIEW;
    }

    @PostMapping("/shops/referential/partners")
    String addPartner(@RequestParam Map<String, String> typed, RedirectAttributes flash) {
        return attempt(
                "partner",
                null,
                typed,
                flash,
                "shops.referential.partner.saved",
                () -> referential.addPartner(code(typed), name(typed)));
    }

    @PostMapping("/shops/referential/partners/{id}")
    String changePartner(@PathVariable UUID id, @RequestParam Map<String, String> typed, RedirectAttributes flash) {
        return attempt(
                "partner",
                id,
                typed,
                flash,
                "shops.referential.partner.saved",
                () -> referential.changePartner(id, code(typed), name(typed)));
    }

    @PostMapping("/shops/referential/partners/{id}/delete")
    String deletePartner(@PathVariable UUID id, RedirectAttributes flash) {
        return attempt(
                "partner",
                null,
                Map.of(),
                flash,
                "shops.referential.partner.deleted",
                () -> referential.deletePartner(id));
    }

    @PostMapping("/shops/referential/structures")
    String addStructure(@RequestParam Map<String, String> typed, RedirectAttributes flash) {
        return attempt(
                "structure",
                null,
                typed,
                flash,
                "shops.referential.structure.saved",
                () -> referential.addStructure(
                        uuid(typed.get("partner")), uuid(typed.get("parent")), code(typed), name(typed)));
    }

    @PostMapping("/shops/referential/structures/{id}")
    String changeStructure(@PathVariable UUID id, @RequestParam Map<String, String> typed, RedirectAttributes flash) {
        return attempt(
                "structure",
                id,
                typed,
                flash,
                "shops.referential.structure.saved",
                () -> referential.changeStructure(id, uuid(typed.get("parent")), code(typed), name(typed)));
    }

    @PostMapping("/shops/referential/structures/{id}/delete")
    String deleteStructure(@PathVariable UUID id, RedirectAttributes flash) {
        return attempt(
                "structure",
                null,
                Map.of(),
                flash,
                "shops.referential.structure.deleted",
                () -> referential.deleteStructure(id));
    }

    @PostMapping("/shops/referential/services")
    String addService(
            @RequestParam Map<String, String> typed,
            @RequestParam(name = "agency", required = false) @Nullable List<UUID> agencies,
            RedirectAttributes flash) {
        return attempt(
                "service",
                null,
                withAgencies(typed, agencies),
                flash,
                "shops.referential.service.saved",
                () -> catalogue.add(code(typed), name(typed), structure(typed), agencies(agencies)));
    }

    @PostMapping("/shops/referential/services/{id}")
    String changeService(
            @PathVariable UUID id,
            @RequestParam Map<String, String> typed,
            @RequestParam(name = "agency", required = false) @Nullable List<UUID> agencies,
            RedirectAttributes flash) {
        return attempt(
                "service",
                id,
                withAgencies(typed, agencies),
                flash,
                "shops.referential.service.saved",
                () -> catalogue.change(
                        new ProductId(id), code(typed), name(typed), structure(typed), agencies(agencies)));
    }

    @PostMapping("/shops/referential/services/{id}/remove")
    String removeService(@PathVariable UUID id, RedirectAttributes flash) {
        boolean deleted = catalogue.remove(new ProductId(id));
        flash.addFlashAttribute(
                "notice", deleted ? "shops.referential.service.deleted" : "shops.referential.service.withdrawn");
        return BACK + "#services";
    }

    @PostMapping("/shops/referential/services/{id}/restore")
    String restoreService(@PathVariable UUID id, RedirectAttributes flash) {
        catalogue.restore(new ProductId(id));
        flash.addFlashAttribute("notice", "shops.referential.service.restored");
        return BACK + "#services";
    }

    /**
     * Runs a change and comes back to the page: with a notice when done; with what was typed and the problems, in the
     * form it came from (the item's own when it was a change), when refused.
     */
    private static String attempt(
            String kind,
            @Nullable UUID item,
            Map<String, String> typed,
            RedirectAttributes flash,
            String notice,
            Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", notice);
            return BACK + "#" + kind + "s";
        } catch (ReferentialRejected rejected) {
            String refusal = rejected.problems().get("delete");
            if (refusal != null) {
                flash.addFlashAttribute("refusal", refusal);
                flash.addFlashAttribute("refusalArguments", rejected.arguments());
                return BACK + "#" + kind + "s";
            }
            flash.addFlashAttribute("errors", rejected.problems());
            Map<String, String> kept = new HashMap<>(typed);
            kept.remove("_csrf");
            flash.addFlashAttribute("typed", kept);
            flash.addFlashAttribute("rejected", kind);
            return item == null
                    ? BACK + "#" + kind + "-form"
                    : BACK + "?edit=" + kind + ":" + item + "#" + kind + "-form";
        }
    }

    /** What was typed, with every agency ticked (a map of parameters keeps only the first). */
    private static Map<String, String> withAgencies(Map<String, String> typed, @Nullable List<UUID> agencies) {
        Map<String, String> kept = new HashMap<>(typed);
        kept.put(
                "agency",
                agencies == null ? "" : agencies.stream().map(UUID::toString).collect(Collectors.joining(",")));
        kept.remove("_csrf");
        return kept;
    }

    private static String code(Map<String, String> typed) {
        return typed.getOrDefault("code", "").strip().toUpperCase(Locale.ROOT);
    }

    private static String name(Map<String, String> typed) {
        return typed.getOrDefault("name", "");
    }

    /** The structure chosen, or the nil id, which no structure has, when none was (the catalogue says so). */
    private static UUID structure(Map<String, String> typed) {
        UUID chosen = uuid(typed.get("structure"));
        return chosen == null ? new UUID(0, 0) : chosen;
    }

    private static Set<SiteId> agencies(@Nullable List<UUID> chosen) {
        return chosen == null ? Set.of() : chosen.stream().map(SiteId::new).collect(Collectors.toSet());
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
