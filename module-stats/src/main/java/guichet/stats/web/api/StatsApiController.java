package guichet.stats.web.api;

import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.web.NotFound;
import guichet.stats.StatsModule;
import guichet.stats.dashboard.Dashboard;
import guichet.stats.dashboard.Figure;
import guichet.stats.dashboard.Period;
import guichet.stats.dashboard.Range;
import guichet.stats.decisions.DecisionSupport;
import guichet.stats.decisions.Decisions;
import guichet.stats.summary.Figures;
import guichet.stats.summary.StatsSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's figures as JSON, within what the caller may see: the headline counts, and every chart of the
 * dashboard or one measure, over a range of days cut into periods ({@code from}, {@code to}: ISO dates, by default the
 * last thirty days; {@code period}: {@code day}, {@code week}, {@code month} or {@code year}).
 */
@RestController
@RequiresPermission(StatsModule.VIEW)
class StatsApiController {

    private final Figures figures;
    private final Dashboard dashboard;
    private final CustomerAccessPolicy access;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final MessageSource messages;
    private final DecisionSupport decisionSupport;

    StatsApiController(
            Figures figures,
            Dashboard dashboard,
            CustomerAccessPolicy access,
            CurrentUser currentUser,
            CurrentTenant tenant,
            Clock clock,
            MessageSource messages,
            DecisionSupport decisionSupport) {
        this.decisionSupport = decisionSupport;
        this.figures = figures;
        this.dashboard = dashboard;
        this.access = access;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/api/stats/summary")
    StatsSummary summary() {
        return figures.summary(access.of(currentUser.require()));
    }

    /** Every chart of the dashboard. */
    @GetMapping("/api/stats/figures")
    List<Figure> figures(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "week") String period,
            Locale locale) {
        return dashboard.charts(range(from, to, period), access.of(currentUser.require()), locale);
    }

    /** One measure, over time or by one of its dimensions ({@code dimension}). */
    @GetMapping("/api/stats/figures/{measure}")
    Figure figure(
            @PathVariable String measure,
            @RequestParam(required = false) @Nullable String dimension,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "week") String period,
            Locale locale) {
        return dashboard
                .figure(
                        measure,
                        dimension == null || dimension.isBlank() ? null : dimension,
                        range(from, to, period),
                        access.of(currentUser.require()),
                        locale)
                .orElseThrow(() -> new NotFound("measure " + measure));
    }

    /** Decision support as of today: the causes to attack, the customers at risk, the best customers. */
    @GetMapping("/api/stats/decisions")
    Decisions decisions(Locale locale) {
        return decisionSupport.decide(
                LocalDate.now(clock.withZone(tenant.zoneId())), access.of(currentUser.require()), locale);
    }

    /** A range the figures cannot be given for: 400, why in the client's language, the message key as {@code code}. */
    @ExceptionHandler(RangeRejected.class)
    ResponseEntity<ProblemDetail> rejected(RangeRejected rejected, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage(rejected.getMessage(), null, locale));
        problem.setProperty("code", rejected.getMessage());
        return ResponseEntity.badRequest().body(problem);
    }

    /** The range asked for; a wrong one answers 400 with the problem's message key as its detail. */
    private Range range(@Nullable LocalDate from, @Nullable LocalDate to, String period) {
        LocalDate today = LocalDate.now(clock.withZone(tenant.zoneId()));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        try {
            return new Range(start, end, Period.valueOf(period.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException wrong) {
            throw new RangeRejected(
                    wrong.getMessage() != null && wrong.getMessage().startsWith("stats.error.")
                            ? wrong.getMessage()
                            : "stats.error.period");
        }
    }

    /** A range refused, its reason's message key as message. */
    static final class RangeRejected extends RuntimeException {
        RangeRejected(String key) {
            super(key, null, false, false);
        }
    }
}
