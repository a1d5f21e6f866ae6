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
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
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
 * never built whole. For Excel as French offices use it: UTF-8 with a byte order mark (or accents come out garbled),
 * {@code ;} between cells (Excel's separator where the decimal mark is a comma), dates in the tenant's time zone. A
 * cell that starts like a formula ({@code = + - @}, tab, carriage return) is prefixed with a quote, so a title typed
 * by a customer never runs in the spreadsheet.
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
    private final Clock clock;

    TicketExportController(
            TicketReading reading,
            TicketAccess access,
            ClaimSettings settings,
            MessageSource messages,
            CurrentUser currentUser,
            CurrentTenant tenant,
            TicketAudiences audiences,
            Clock clock) {
        this.reading = reading;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.audiences = audiences;
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
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').get().print(out);
        for (String column : COLUMNS) {
            printer.print(messages.getMessage("claims.export." + column, null, column, locale));
        }
        printer.println();
        int written = 0;
        Page<Claim> page;
        int number = 0;
        do {
            page = reading.page(query, PageRequest.of(number++, BATCH, sort));
            for (Claim ticket : page) {
                printer.printRecord(
                        safe(ticket.number()),
                        safe(ticket.title()),
                        date(ticket.createdAt(), zone),
                        safe(ticket.customerName()
                                .or(ticket::authorName)
                                .orElse(messages.getMessage("claims.customer.unidentified", null, locale))),
                        safe(vocabulary.status(ticket.status())),
                        safe(vocabulary.priority(ticket.priority())),
                        safe(ticket.type().map(vocabulary::type).orElse("")),
                        messages.getMessage("claims.channel." + ticket.channel().name(), null, locale),
                        safe(ticket.assigneeNames().orElse("")),
                        ticket.resolutionDueAt().map(d -> date(d, zone)).orElse(""),
                        date(ticket.updatedAt(), zone),
                        safe(ticket.lastActivityBy().orElse("")));
                written++;
            }
            printer.flush();
        } while (page.hasNext() && written < TicketSearch.COUNT_CAP);
        printer.close(true);
    }

    /** A cell a spreadsheet would read as a formula, made plain text by a leading quote (OWASP's CSV injection). */
    static String safe(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    private static String date(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
