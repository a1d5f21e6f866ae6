package guichet.shops.web;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.sites.Site;
import guichet.shops.ShopsModule;
import guichet.shops.sites.Hours;
import guichet.shops.sites.ShopSettings;
import guichet.shops.sites.SiteDetails;
import guichet.shops.sites.SiteDirectory;
import guichet.shops.sites.SiteRejected;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating, changing, closing and reopening sites, and setting their week, special days and services. What was typed
 * comes back whole with the reason of each refusal.
 */
@Controller
@RequiresPermission(ShopsModule.EDIT)
class SiteEditController {

    static final String FORM = "shops/site-form";

    private static final Pattern RANGE =
            Pattern.compile("^\\s*(\\d{1,2})[:hH.](\\d{2})\\s*[-–àa]\\s*(\\d{1,2})[:hH.](\\d{2})\\s*$");

    private final SiteDirectory directory;
    private final ShopSettings shopSettings;

    SiteEditController(SiteDirectory directory, ShopSettings shopSettings) {
        this.directory = directory;
        this.shopSettings = shopSettings;
    }

    @GetMapping("/shops/sites/new")
    String newSite(Model model) {
        SiteForm form = new SiteForm();
        form.setKind(Site.Kind.SHOP.name());
        return form(form, null, model);
    }

    @PostMapping("/shops/sites")
    String create(@ModelAttribute("form") SiteForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        SiteDetails details = form.toDetails(errors);
        SiteForm.reject(errors, directory.problems(details, null));
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        try {
            Site created = directory.create(details);
            flash.addFlashAttribute("notice", "shops.created");
            return "redirect:/shops/sites/" + created.code();
        } catch (SiteRejected rejected) {
            SiteForm.reject(errors, rejected.problems());
            return form(form, null, model);
        }
    }

    @GetMapping("/shops/sites/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Site site = directory.get(code);
        return form(SiteForm.of(site), site, model);
    }

    @PostMapping("/shops/sites/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") SiteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Site site = directory.get(code);
        form.setCode(site.code());
        SiteDetails details = form.toDetails(errors);
        SiteForm.reject(errors, directory.problems(details, site.id()));
        if (errors.hasErrors()) {
            return form(form, site, model);
        }
        try {
            directory.change(code, details);
            flash.addFlashAttribute("notice", "shops.updated");
            return "redirect:/shops/sites/" + site.code();
        } catch (SiteRejected rejected) {
            SiteForm.reject(errors, rejected.problems());
            return form(form, site, model);
        }
    }

    @PostMapping("/shops/sites/{code}/close")
    String close(@PathVariable String code, RedirectAttributes flash) {
        directory.close(code);
        flash.addFlashAttribute("notice", "shops.closed");
        return "redirect:/shops/sites/" + directory.get(code).code();
    }

    @PostMapping("/shops/sites/{code}/reopen")
    String reopen(@PathVariable String code, RedirectAttributes flash) {
        directory.reopen(code);
        flash.addFlashAttribute("notice", "shops.reopened");
        return "redirect:/shops/sites/" + directory.get(code).code();
    }

    /**
     * Sets the week from two ranges per weekday ({@code MONDAY1=08:00-12:00}, {@code MONDAY2=14:00-18:00}); a range
     * that cannot be read refuses the whole week, and the typed week comes back with the error.
     */
    @PostMapping("/shops/sites/{code}/hours")
    String hours(@PathVariable String code, @RequestParam Map<String, String> typed, RedirectAttributes flash) {
        Site site = directory.get(code);
        List<Hours> week = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (String slot : List.of("1", "2")) {
                String range = typed.getOrDefault(day.name() + slot, "");
                if (range.isBlank()) {
                    continue;
                }
                Hours hours = hours(day, range);
                if (hours == null) {
                    unreadable.add(day.name() + slot);
                } else {
                    week.add(hours);
                }
            }
        }
        if (!unreadable.isEmpty()) {
            flash.addFlashAttribute("hoursError", "shops.error.hours.format");
            flash.addFlashAttribute("hoursTyped", typed);
            flash.addFlashAttribute("hoursInvalid", unreadable);
            return "redirect:/shops/sites/" + site.code() + "#hours";
        }
        try {
            directory.setWeek(code, week);
            flash.addFlashAttribute("notice", "shops.hours.saved");
        } catch (SiteRejected rejected) {
            flash.addFlashAttribute(
                    "hoursError", rejected.problems().values().iterator().next());
            flash.addFlashAttribute("hoursTyped", typed);
        }
        return "redirect:/shops/sites/" + site.code() + "#hours";
    }

    @PostMapping("/shops/sites/{code}/special-days")
    String specialDay(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String opens,
            @RequestParam(defaultValue = "") String closes,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        Site site = directory.get(code);
        try {
            directory.setSpecialDay(code, date(day), time(opens), time(closes), reason);
            flash.addFlashAttribute("notice", "shops.specialDay.saved");
        } catch (SiteRejected rejected) {
            flash.addFlashAttribute("specialDayErrors", rejected.problems());
            flash.addFlashAttribute(
                    "specialDayTyped", Map.of("day", day, "opens", opens, "closes", closes, "reason", reason));
        }
        return "redirect:/shops/sites/" + site.code() + "#special-days";
    }

    @PostMapping("/shops/sites/{code}/special-days/{id}/remove")
    String removeSpecialDay(@PathVariable String code, @PathVariable UUID id, RedirectAttributes flash) {
        directory.removeSpecialDay(code, id);
        flash.addFlashAttribute("notice", "shops.specialDay.removed");
        return "redirect:/shops/sites/" + directory.get(code).code() + "#special-days";
    }

    @PostMapping("/shops/sites/{code}/services")
    String services(
            @PathVariable String code,
            @RequestParam(name = "service", required = false) @Nullable List<UUID> offered,
            RedirectAttributes flash) {
        shopSettings.offer(code, offered == null ? Set.of() : new HashSet<>(offered));
        flash.addFlashAttribute("notice", "shops.services.saved");
        return "redirect:/shops/sites/" + directory.get(code).code() + "#services";
    }

    private String form(SiteForm form, @Nullable Site site, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("site", site);
        model.addAttribute("managers", directory.possibleManagers());
        model.addAttribute("kinds", Site.Kind.values());
        return FORM;
    }

    static @Nullable Hours hours(DayOfWeek day, String range) {
        Matcher matcher = RANGE.matcher(range.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        try {
            LocalTime opens = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            LocalTime closes = LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
            return closes.isAfter(opens) ? new Hours(day, opens, closes) : null;
        } catch (java.time.DateTimeException outOfRange) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String typed) {
        try {
            return typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static @Nullable LocalTime time(String typed) {
        try {
            return typed.isBlank() ? null : LocalTime.parse(typed.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
