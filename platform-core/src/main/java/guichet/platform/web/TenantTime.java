package guichet.platform.web;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows instants in the current tenant's time zone and the page's language. Templates call it as
 * {@code ${@tenantTime.dateTime(ticket.createdAt)}}.
 */
@Component("tenantTime")
public class TenantTime {

    private static final ZoneId CONSOLE_ZONE = ZoneId.of("UTC");

    private final TenantCatalog catalog;

    TenantTime(TenantCatalog catalog) {
        this.catalog = catalog;
    }

    /** The zone dates are shown in: the tenant's, or UTC on the console. */
    public ZoneId zone() {
        return TenantContext.current()
                .flatMap(catalog::find)
                .map(TenantProfile::zoneId)
                .orElse(CONSOLE_ZONE);
    }

    public String dateTime(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /**
     * A moment a record keeps as text (a timeline's value, {@code 2026-12-05T18:42:00Z}) as {@link #dateTime} shows it;
     * a text that is no such moment is shown as it is.
     */
    public String dateTime(@Nullable String instant) {
        if (instant == null) {
            return "";
        }
        try {
            return dateTime(Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException notAMoment) {
            return instant;
        }
    }

    public String date(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone()));
    }

    private String format(@Nullable Instant instant, DateTimeFormatter style) {
        if (instant == null) {
            return "";
        }
        return style.withLocale(LocaleContextHolder.getLocale())
                .withZone(zone())
                .format(instant);
    }
}
