package guichet.shops.web;

import guichet.platform.identity.RequiresPermission;
import guichet.shops.ShopsModule;
import guichet.shops.sites.ShopSettings;
import guichet.shops.sites.SiteRejected;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The services sites offer (added, renamed, deleted or archived), whether agents need a site, and the map tiles. */
@Controller
@RequiresPermission(ShopsModule.EDIT)
class ShopSettingsController {

    static final String VIEW = "shops/settings";

    private final ShopSettings shopSettings;

    ShopSettingsController(ShopSettings shopSettings) {
        this.shopSettings = shopSettings;
    }

    @GetMapping("/shops/settings")
    String settings(Model model) {
        model.addAttribute("services", shopSettings.services());
        model.addAttribute("siteCounts", shopSettings.siteCounts());
        model.addAttribute("locator", shopSettings.locatorSettings());
        return VIEW;
    }

    @PostMapping("/shops/settings/services")
    String addService(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes flash) {
        try {
            shopSettings.addService(code.strip().toUpperCase(java.util.Locale.ROOT), name);
            flash.addFlashAttribute("notice", "shops.service.added");
        } catch (SiteRejected rejected) {
            flash.addFlashAttribute("serviceErrors", rejected.problems());
            flash.addFlashAttribute("serviceTyped", Map.of("code", code, "name", name));
        }
        return "redirect:/shops/settings#services";
    }

    @PostMapping("/shops/settings/services/{id}")
    String renameService(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        try {
            shopSettings.renameService(id, name);
            flash.addFlashAttribute("notice", "shops.service.renamed");
        } catch (SiteRejected rejected) {
            flash.addFlashAttribute(
                    "renameError", rejected.problems().values().iterator().next());
            flash.addFlashAttribute("renameId", id);
            flash.addFlashAttribute("renameTyped", name);
        }
        return "redirect:/shops/settings#services";
    }

    @PostMapping("/shops/settings/services/{id}/remove")
    String removeService(@PathVariable UUID id, RedirectAttributes flash) {
        boolean deleted = shopSettings.removeService(id);
        flash.addFlashAttribute("notice", deleted ? "shops.service.deleted" : "shops.service.archived");
        return "redirect:/shops/settings#services";
    }

    @PostMapping("/shops/settings/services/{id}/restore")
    String restoreService(@PathVariable UUID id, RedirectAttributes flash) {
        shopSettings.restoreService(id);
        flash.addFlashAttribute("notice", "shops.service.restored");
        return "redirect:/shops/settings#services";
    }

    @PostMapping("/shops/settings/staff")
    String staff(@RequestParam(defaultValue = "false") boolean oneSitePerAgent, RedirectAttributes flash) {
        shopSettings.requireSitePerAgent(oneSitePerAgent);
        flash.addFlashAttribute("notice", "shops.staff.saved");
        return "redirect:/shops/settings#staff";
    }

    @PostMapping("/shops/settings/map")
    String map(
            @RequestParam(defaultValue = "") String tileUrl,
            @RequestParam(defaultValue = "") String tileAttribution,
            RedirectAttributes flash) {
        try {
            shopSettings.setTiles(tileUrl, tileAttribution);
            flash.addFlashAttribute("notice", "shops.map.saved");
        } catch (SiteRejected rejected) {
            flash.addFlashAttribute("mapErrors", rejected.problems());
            flash.addFlashAttribute("mapTyped", Map.of("tileUrl", tileUrl, "tileAttribution", tileAttribution));
        }
        return "redirect:/shops/settings#map";
    }
}
