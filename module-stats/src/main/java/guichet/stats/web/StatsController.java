package guichet.stats.web;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.web.SpreadsheetCsv;
import guichet.stats.StatsModule;
import guichet.stats.dashboard.Dashboard;
import guichet.stats.dashboard.Figure;
import guichet.stats.dashboard.Period;
import guichet.stats.dashboard.Range;
import guichet.stats.rollup.Rollups;
import guichet.stats.summary.Figures;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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

    private final Figures figures;
    private final Dashboard dashboard;
    private final Rollups rollups;
    private final CustomerAccessPolicy access;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    StatsController(
            Figures figures,
            Dashboard dashboard,
            Rollups rollups,
            CustomerAccessPolicy access,
            CurrentUser currentUser,
            CurrentTenant tenant,
            MessageSource messages,
            Clock clock) {
        this.figures = figures;
        this.dashboard = dashboard;
        this.rollups = rollups;
        this.access = access;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.messages = messages;
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
            titles.put(figure.key(), title(figure, locale));
            heads.put(figure.key(), head(figure, locale));
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
        return VIEW;
    }

    /**
     * A figure's table as a spreadsheet file: a row per member, a column per period, and the totals; without a
     * measure, every chart of the dashboard, each under its title.
     */
    @GetMapping("/stats/export.csv")
    void export(
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable String dimension,
            @ModelAttribute("form") DashboardForm form,
            Locale locale,
            HttpServletResponse response)
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
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name + "-" + range.from() + "-" + range.to() + ".csv")
                        .build()
                        .toString());
        SpreadsheetCsv csv =
                SpreadsheetCsv.open(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        for (Figure figure : figures) {
            if (figures.size() > 1) {
                csv.row(title(figure, locale));
            }
            List<Object> header = new ArrayList<>();
            header.add(head(figure, locale));
            header.addAll(figure.periods());
            header.add(messages.getMessage("stats.total", null, locale));
            csv.row(header.toArray());
            for (Figure.Row row : figure.rows()) {
                csv.row(line(row, locale));
            }
            if (figure.dimension() != null) {
                csv.row(line(figure.total(), locale));
            }
            if (figures.size() > 1) {
                csv.row();
            }
        }
        csv.close();
    }

    /** Folds the tenant's facts again from the modules' records (an administrator's act). */
    @PostMapping("/stats/rebuild")
    @RequiresPermission(StatsModule.REBUILD)
    String rebuild(RedirectAttributes redirect) {
        int folded = rollups.rebuild();
        redirect.addFlashAttribute("rebuilt", folded);
        return "redirect:/stats";
    }

    /** The figure's title: its measure, and the dimension it is broken down by. */
    private String title(Figure figure, Locale locale) {
        String measure = messages.getMessage(figure.measure().label(), null, locale);
        return figure.dimensionLabel() == null
                ? measure
                : messages.getMessage(
                        "stats.chart.by",
                        new Object[] {measure, messages.getMessage(figure.dimensionLabel(), null, locale)},
                        locale);
    }

    /** The head of its table's first column. */
    private String head(Figure figure, Locale locale) {
        String head = figure.dimensionLabel() == null
                ? messages.getMessage("stats.table.period", null, locale)
                : messages.getMessage(figure.dimensionLabel(), null, locale);
        return head.isEmpty() ? head : head.substring(0, 1).toUpperCase(locale) + head.substring(1);
    }

    private static Object[] line(Figure.Row row, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.name());
        row.cells().stream().map(cell -> cell.text(locale)).forEach(cells::add);
        cells.add(row.total().text(locale));
        return cells.toArray();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(tenant.zoneId()));
    }
}
