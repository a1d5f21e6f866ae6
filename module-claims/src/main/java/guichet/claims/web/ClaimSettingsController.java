package guichet.claims.web;

import guichet.claims.ClaimsModule;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Labels;
import guichet.claims.settings.OpeningSlot;
import guichet.claims.settings.SettingRejected;
import guichet.claims.settings.Status;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tickets.Ticket;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's claims settings (seed 003: « ajouter ou supprimer des réponses prédéfinies, des statuts »): statuses and
 * their categories, types, priorities, SLA targets, opening hours, holidays and canned replies. Retiring replaces
 * deleting for what tickets name.
 */
@Controller
@RequiresPermission(ClaimsModule.CONFIGURE)
class ClaimSettingsController {

    static final String PAGE = "claims/settings";
    private static final String BACK = "redirect:/claims/settings";

    private final ClaimSettings settings;
    private final InteractionLog history;

    ClaimSettingsController(ClaimSettings settings, InteractionLog history) {
        this.settings = settings;
        this.history = history;
    }

    @GetMapping("/claims/settings")
    String page(Model model) {
        model.addAttribute("categories", Ticket.Category.values());
        model.addAttribute("choosable", choosableDefaults(settings.vocabulary().statuses()));
        model.addAttribute("policies", settings.policies());
        model.addAttribute("holidays", settings.holidays());
        model.addAttribute("canned", settings.cannedReplies());
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(
                    day,
                    settings.openingHours().stream()
                            .filter(s -> s.day() == day)
                            .map(ClaimSettingsController::span)
                            .collect(Collectors.joining(", ")));
        }
        model.addAttribute("hours", hours);
        return PAGE;
    }

    @PostMapping("/claims/settings/statuses")
    String addStatus(
            @RequestParam String code,
            @RequestParam Ticket.Category category,
            @RequestParam String fr,
            @RequestParam(defaultValue = "") String en,
            @RequestParam(defaultValue = "") String ar,
            RedirectAttributes flash) {
        return change(flash, "status " + code, () -> settings.addStatus(code, category, new Labels(fr, en, ar)));
    }

    @PostMapping("/claims/settings/statuses/{code}")
    String changeStatus(
            @PathVariable String code,
            @RequestParam Ticket.Category category,
            @RequestParam String fr,
            @RequestParam(defaultValue = "") String en,
            @RequestParam(defaultValue = "") String ar,
            @RequestParam(defaultValue = "0") int position,
            @RequestParam(defaultValue = "false") boolean byDefault,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes flash) {
        return change(
                flash,
                "status " + code,
                () -> settings.changeStatus(code, new Labels(fr, en, ar), category, position, byDefault, active));
    }

    @PostMapping("/claims/settings/statuses/{code}/delete")
    String deleteStatus(@PathVariable String code, RedirectAttributes flash) {
        return change(
                flash, "status " + code + " deleted", "claims.settings.deleted", () -> settings.deleteStatus(code));
    }

    @PostMapping("/claims/settings/types")
    String addType(
            @RequestParam String code,
            @RequestParam String fr,
            @RequestParam(defaultValue = "") String en,
            @RequestParam(defaultValue = "") String ar,
            RedirectAttributes flash) {
        return change(flash, "type " + code, () -> settings.addType(code, new Labels(fr, en, ar)));
    }

    @PostMapping("/claims/settings/types/{code}")
    String changeType(
            @PathVariable String code,
            @RequestParam String fr,
            @RequestParam(defaultValue = "") String en,
            @RequestParam(defaultValue = "") String ar,
            @RequestParam(defaultValue = "0") int position,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes flash) {
        return change(flash, "type " + code, () -> settings.changeType(code, new Labels(fr, en, ar), position, active));
    }

    @PostMapping("/claims/settings/types/{code}/delete")
    String deleteType(@PathVariable String code, RedirectAttributes flash) {
        return change(flash, "type " + code + " deleted", "claims.settings.deleted", () -> settings.deleteType(code));
    }

    @PostMapping("/claims/settings/priorities")
    String addPriority(
            @RequestParam String code,
            @RequestParam String fr,
            @RequestParam(defaultValue = "") String en,
            @RequestParam(defaultValue = "") String ar,
            RedirectAttributes flash) {
        return change(flash, "priority " + code, () -> settings.addPriority(code, new Labels(fr, en, ar)));
    }

    @PostMapping("/claims/settings/priorities/{code}")
    String changePriority(
            @PathVariable String code,
            @RequestParam String fr,
            @RequestParam(defaultValue = "") String en,
            @RequestParam(defaultValue = "") String ar,
            @RequestParam(defaultValue = "0") int position,
            @RequestParam(defaultValue = "false") boolean byDefault,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes flash) {
        return change(
                flash,
                "priority " + code,
                () -> settings.changePriority(code, new Labels(fr, en, ar), position, byDefault, active));
    }

    /** Targets in hours for a priority, for every type or for one (0 and 0 remove a type's own targets). */
    @PostMapping("/claims/settings/sla")
    String target(
            @RequestParam String priority,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(defaultValue = "0") double firstResponseHours,
            @RequestParam(defaultValue = "0") double resolutionHours,
            RedirectAttributes flash) {
        return change(
                flash,
                "sla " + priority,
                () -> settings.target(
                        priority,
                        type == null || type.isBlank() ? null : type,
                        (int) Math.round(firstResponseHours * 60),
                        (int) Math.round(resolutionHours * 60)));
    }

    /** Opening hours per weekday, each as « 08:00-12:00, 13:00-17:00 » (empty: closed). */
    @PostMapping("/claims/settings/hours")
    String hours(@RequestParam Map<String, String> fields, RedirectAttributes flash) {
        return change(flash, "hours", () -> {
            Map<DayOfWeek, List<int[]>> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, spans(fields.getOrDefault(day.name(), "")));
            }
            week.forEach(settings::openOn);
        });
    }

    @PostMapping("/claims/settings/holidays")
    String addHoliday(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam String label,
            RedirectAttributes flash) {
        return change(flash, "holiday " + day, () -> settings.addHoliday(day, label));
    }

    @PostMapping("/claims/settings/holidays/{day}/remove")
    String removeHoliday(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes flash) {
        return change(flash, "holiday " + day, () -> settings.removeHoliday(day));
    }

    @PostMapping("/claims/settings/canned")
    String addCanned(@RequestParam String title, @RequestParam String body, RedirectAttributes flash) {
        return change(flash, "canned reply", () -> settings.addCannedReply(title, body));
    }

    @PostMapping("/claims/settings/canned/{id}")
    String changeCanned(
            @PathVariable UUID id,
            @RequestParam String title,
            @RequestParam String body,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes flash) {
        return change(flash, "canned reply", () -> settings.changeCannedReply(id, title, body, active));
    }

    @PostMapping("/claims/settings/canned/{id}/delete")
    String deleteCanned(@PathVariable UUID id, RedirectAttributes flash) {
        return change(flash, "canned reply deleted", "claims.settings.deleted", () -> settings.deleteCannedReply(id));
    }

    private String change(RedirectAttributes flash, String what, Runnable change) {
        return change(flash, what, "claims.settings.saved", change);
    }

    /** Makes the change, records it in the tenant's history and says so, or says why it was refused. */
    private String change(RedirectAttributes flash, String what, String notice, Runnable change) {
        try {
            change.run();
            history.record("CLAIMS_SETTINGS_CHANGED", "claims-settings", null, what);
            flash.addFlashAttribute("notice", notice);
        } catch (SettingRejected rejected) {
            flash.addFlashAttribute("problem", rejected.messageKey());
        } catch (IllegalArgumentException malformed) {
            flash.addFlashAttribute("problem", "claims.settings.error.label");
        }
        return BACK;
    }

    /**
     * The categories where a default is a choice: those with more than one status a ticket can enter. Elsewhere the
     * only status is the default, and the page says so rather than ticking a box on (nearly) every row.
     */
    static Set<Ticket.Category> choosableDefaults(List<Status> statuses) {
        Map<Ticket.Category, Long> counts = statuses.stream()
                .filter(s -> s.active() && !s.isCancellation())
                .collect(Collectors.groupingBy(
                        Status::category, () -> new EnumMap<>(Ticket.Category.class), Collectors.counting()));
        Set<Ticket.Category> choosable = EnumSet.noneOf(Ticket.Category.class);
        counts.forEach((category, count) -> {
            if (count > 1) {
                choosable.add(category);
            }
        });
        return choosable;
    }

    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.strip().split("\\s*-\\s*");
            if (ends.length != 2) {
                throw new SettingRejected("claims.settings.error.hours");
            }
            try {
                int opens = LocalTime.parse(ends[0]).toSecondOfDay() / 60;
                int closes = "24:00".equals(ends[1])
                        ? 1440
                        : LocalTime.parse(ends[1]).toSecondOfDay() / 60;
                spans.add(new int[] {opens, closes});
            } catch (DateTimeParseException e) {
                throw new SettingRejected("claims.settings.error.hours");
            }
        }
        return spans;
    }

    private static String span(OpeningSlot slot) {
        return "%02d:%02d-%02d:%02d"
                .formatted(slot.opens() / 60, slot.opens() % 60, slot.closes() / 60, slot.closes() % 60);
    }
}
