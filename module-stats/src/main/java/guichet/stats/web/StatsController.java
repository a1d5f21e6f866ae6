package guichet.stats.web;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.filters.SavedFilterPanels;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import guichet.stats.StatsModule;
import guichet.stats.dashboard.Dashboard;
import guichet.stats.dashboard.Figure;
import guichet.stats.dashboard.Period;
import guichet.stats.dashboard.Range;
import guichet.stats.rollup.Rollups;
import guichet.stats.summary.Figures;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard: the headline figures, then each bought module's charts over the chosen range and periods, each with
 * its table (every number a link to the list it counts) and its CSV export; a sales representative sees his own
 * customers' figures only.
 */
@Controller
@RequiresPermission(StatsModule.VIEW)
class StatsController {

    static final String VIEW = "stats/summary";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Figures figures;
    private final Dashboard dashboard;
    private final Rollups rollups;
    private final CustomerAccessPolicy access;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final SavedFilterPanels savedFilters;
    private final FigureFiles files;
    private final JsonMapper json = JsonMapper.builder().build();

    StatsController(
            Figures figures,
            Dashboard dashboard,
            Rollups rollups,
            CustomerAccessPolicy access,
            CurrentUser currentUser,
            CurrentTenant tenant,
            SavedFilterPanels savedFilters,
            FigureFiles files,
            Clock clock) {
        this.files = files;
        this.savedFilters = savedFilters;
        this.figures = figures;
        this.dashboard = dashboard;
        this.rollups = rollups;
        this.access = access;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping("/stats")
    String summary(@ModelAttribute("form") DashboardForm form, Locale locale, Model model) {
        CustomerAccess viewer = access.of(currentUser.require());
        Range range = form.range(today());
        List<Figure> charts = dashboard.charts(range, viewer, locale);
        Map<String, String> data = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> heads = new LinkedHashMap<>();
        charts.forEach(figure -> {
            data.put(figure.key(), json.writeValueAsString(ChartData.of(figure)));
            titles.put(figure.key(), files.title(figure, locale));
            heads.put(figure.key(), files.head(figure, locale));
        });
        model.addAttribute("titles", titles);
        model.addAttribute("heads", heads);
        model.addAttribute("summary", figures.summary(viewer));
        model.addAttribute("range", range);
        model.addAttribute("periods", Period.values());
        model.addAttribute("charts", charts);
        model.addAttribute("chartData", data);
        model.addAttribute("errors", form.errors());
        model.addAttribute("lag", rollups.lag().toSeconds());
        model.addAttribute("mayRebuild", currentUser.can(StatsModule.REBUILD));
        model.addAttribute(
                "savedFilters",
                savedFilters.of(
                        StatsModule.DASHBOARD,
                        UriComponentsBuilder.fromPath("/stats")
                                .queryParam("from", range.from())
                                .queryParam("to", range.to())
                                .queryParam("period", range.period().name().toLowerCase(Locale.ROOT))
                                .build()
                                .toUriString()));
        return VIEW;
    }

    /**
     * A figure's table as a CSV file: a row per member, a column per period, and the totals; without a measure, every
     * chart of the dashboard, each under its title.
     */
    @GetMapping("/stats/export.csv")
    void exportCsv(
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable String dimension,
            @ModelAttribute("form") DashboardForm form,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        export(measure, dimension, form, locale, response, "csv", "text/csv;charset=UTF-8");
    }

    /** The same tables as a workbook, a sheet per figure, the numbers as numbers. */
    @GetMapping("/stats/export.xlsx")
    void exportXlsx(
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable String dimension,
            @ModelAttribute("form") DashboardForm form,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        export(measure, dimension, form, locale, response, "xlsx", XLSX);
    }

    private void export(
            @Nullable String measure,
            @Nullable String dimension,
            DashboardForm form,
            Locale locale,
            HttpServletResponse response,
            String extension,
            String type)
            throws IOException {
        Range range = form.range(today());
        CustomerAccess viewer = access.of(currentUser.require());
        List<Figure> figures;
        String name;
        if (measure == null || measure.isBlank()) {
            figures = dashboard.charts(range, viewer, locale);
            name = "statistiques";
        } else {
            figures = dashboard
                    .figure(measure, dimension == null || dimension.isBlank() ? null : dimension, range, viewer, locale)
                    .stream()
                    .toList();
            if (figures.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            name = figures.getFirst().key();
        }
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name + "-" + range.from() + "-" + range.to() + "." + extension)
                        .build()
                        .toString());
        if (extension.equals("csv")) {
            files.csv(figures, response.getOutputStream(), locale);
        } else {
            files.xlsx(figures, response.getOutputStream(), locale);
        }
    }

    /** Folds the tenant's facts again from the modules' records (an administrator's act). */
    @PostMapping("/stats/rebuild")
    @RequiresPermission(StatsModule.REBUILD)
    String rebuild(RedirectAttributes redirect) {
        int folded = rollups.rebuild();
        redirect.addFlashAttribute("rebuilt", folded);
        return "redirect:/stats";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(tenant.zoneId()));
    }
}
