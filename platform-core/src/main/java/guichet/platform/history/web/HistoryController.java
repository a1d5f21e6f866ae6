package guichet.platform.history.web;

import guichet.platform.history.IdentityEventImporter;
import guichet.platform.history.Interaction;
import guichet.platform.history.Interactions;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.text.Typed;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.platform.web.TenantTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Every interaction with the tenant's Guichet, newest first, filterable by action, person and dates (seed 000). */
@Controller
@RequiresPermission(CorePermissions.HISTORY_VIEW)
class HistoryController {

    static final String VIEW = "platform/history";
    private static final Logger log = LoggerFactory.getLogger(HistoryController.class);
    private static final Set<String> SORTABLE = Set.of("occurredAt", "action", "actorLabel");

    private final Interactions interactions;
    private final IdentityEventImporter importer;
    private final TenantTime time;

    HistoryController(Interactions interactions, IdentityEventImporter importer, TenantTime time) {
        this.interactions = interactions;
        this.importer = importer;
        this.time = time;
    }

    @GetMapping("/admin/history")
    String history(
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            ListQuery query,
            Model model) {
        try {
            importer.importNow();
        } catch (RuntimeException e) {
            // The page still shows what is already imported; the periodic import catches up.
            log.warn("Could not import the realm's latest events", e);
            model.addAttribute("importFailed", true);
        }
        return show(action, actor, from, to, query, model);
    }

    private String show(
            @Nullable String action,
            @Nullable String actor,
            @Nullable String from,
            @Nullable String to,
            ListQuery query,
            Model model) {
        Instant start = day(from, 0, model, "fromError");
        Instant end = day(to, 1, model, "toError");
        Page<Interaction> shown = interactions.search(
                Typed.orNull(action),
                Typed.orNull(actor),
                start,
                end,
                query.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "occurredAt")));
        String base = UriComponentsBuilder.fromPath("/admin/history")
                .queryParamIfPresent("action", Optional.ofNullable(Typed.orNull(action)))
                .queryParamIfPresent("actor", Optional.ofNullable(Typed.orNull(actor)))
                .queryParamIfPresent("from", Optional.ofNullable(Typed.orNull(from)))
                .queryParamIfPresent("to", Optional.ofNullable(Typed.orNull(to)))
                .build()
                .toUriString();
        model.addAttribute("entries", shown);
        model.addAttribute("links", PageLinks.of(base, shown));
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("actions", HistoryActions.offered(interactions.recordedActions()));
        return VIEW;
    }

    /** A day typed as {@code yyyy-mm-dd}, at midnight in the tenant's zone, shifted by some days. */
    private @Nullable Instant day(@Nullable String value, int plusDays, Model model, String errorAttribute) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(time.zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            model.addAttribute(errorAttribute, "history.error.date");
            return null;
        }
    }
}
