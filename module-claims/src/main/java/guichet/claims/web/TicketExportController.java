package guichet.claims.web;

import guichet.claims.ClaimsModule;
import guichet.claims.TicketAccess;
import guichet.claims.TicketReading;
import guichet.claims.desk.Claim;
import guichet.claims.search.TicketQuery;
import guichet.claims.search.TicketSearch;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Vocabulary;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.web.ListQuery;
import guichet.platform.web.SpreadsheetCsv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The staff ticket list as CSV, with the list's filters and sort, through the search port and within the user's
 * access (a sales rep exports his customers' tickets only). Written to the response page by page as it is read,
 * never built whole, by the platform's {@link SpreadsheetCsv} (Excel's French layout, no formula run from a title a
 * customer typed), with dates in the tenant's time zone, and each ticket's agency and product named batch by batch.
 */
@Controller
@RequiresPermission(ClaimsModule.VIEW)
class TicketExportController {

    static final int BATCH = 500;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] COLUMNS = {
        "number",
        "title",
        "created",
        "customer",
        "site",
        "product",
        "status",
        "priority",
        "type",
        "channel",
        "assignees",
        "due",
        "updated",
        "updatedBy"
    };

    private final TicketReading reading;
    private final TicketAccess access;
    private final ClaimSettings settings;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final TicketAudiences audiences;
    private final SiteAndProductNames names;
    private final Clock clock;

    TicketExportController(
            TicketReading reading,
            TicketAccess access,
            ClaimSettings settings,
            MessageSource messages,
            CurrentUser currentUser,
            CurrentTenant tenant,
            TicketAudiences audiences,
            SiteAndProductNames names,
            Clock clock) {
        this.reading = reading;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.audiences = audiences;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/claims/export.csv")
    void export(
            @ModelAttribute("filter") TicketFilter filter,
            BindingResult malformed,
            ListQuery paging,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        GuichetUser user = currentUser.require();
        ZoneId zone = tenant.zoneId();
        Instant now = clock.instant();
        TicketQuery query = audiences
                .narrow(filter.toQuery(access.of(user), user.id(), zone, now), filter.getAudience())
                .query();
        Sort sort = paging.pageable(TicketListController.SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"))
                .getSort();
        Vocabulary vocabulary = settings.vocabulary();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("tickets-" + DateTimeFormatter.BASIC_ISO_DATE.format(now.atZone(zone)) + ".csv")
                        .build()
                        .toString());
        SpreadsheetCsv csv =
                SpreadsheetCsv.open(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        csv.row(Arrays.stream(COLUMNS)
                .map(column -> messages.getMessage("claims.export." + column, null, column, locale))
                .toArray());
        int written = 0;
        Page<Claim> page;
        int number = 0;
        do {
            page = reading.page(query, PageRequest.of(number++, BATCH, sort));
            // A batch's agencies and products are named in one statement each, never one per row.
            SiteAndProductNames.Names named = names.of(page.getContent(), List.of(), List.of());
            for (Claim ticket : page) {
                csv.row(
                        ticket.number(),
                        ticket.title(),
                        date(ticket.createdAt(), zone),
                        ticket.customerName()
                                .or(ticket::authorName)
                                .orElse(messages.getMessage("claims.customer.unidentified", null, locale)),
                        named.site(ticket),
                        named.product(ticket),
                        vocabulary.status(ticket.status()),
                        vocabulary.priority(ticket.priority()),
                        ticket.type().map(vocabulary::type).orElse(""),
                        messages.getMessage("claims.channel." + ticket.channel().name(), null, locale),
                        ticket.assigneeNames().orElse(""),
                        ticket.resolutionDueAt().map(d -> date(d, zone)).orElse(""),
                        date(ticket.updatedAt(), zone),
                        ticket.lastActivityBy().orElse(""));
                written++;
            }
            csv.flush();
        } while (page.hasNext() && written < TicketSearch.COUNT_CAP);
        csv.close();
    }

    private static String date(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
