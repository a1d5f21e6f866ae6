package guichet.quotes.request.web;

import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.SellableItem;
import guichet.platform.catalog.SellableItems;
import guichet.platform.catalog.SellableSearch;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.CurrentTenant;
import guichet.quotes.request.Appointment;
import guichet.quotes.request.Asking;
import guichet.quotes.request.QuoteRefused;
import guichet.quotes.request.QuoteRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the customer's and the staff's request forms share: the catalogue search that adds items to the form without
 * losing what was typed, the open sites, and the form read as an {@link Asking}.
 */
@Component
class RequestFormPage {

    static final int SEARCH_LIMIT = 10;

    private final SellableItems catalogue;
    private final Sites sites;
    private final CurrentTenant tenant;

    RequestFormPage(SellableItems catalogue, Sites sites, CurrentTenant tenant) {
        this.catalogue = catalogue;
        this.sites = sites;
        this.tenant = tenant;
    }

    /** The form's choices; a search's results join the rows the customer already chose. */
    void prepare(RequestForm form, Model model) {
        List<RequestForm.Row> kept = new ArrayList<>(
                form.getRows().stream().filter(RequestForm.Row::chosen).toList());
        Set<String> refs = new LinkedHashSet<>();
        kept.forEach(row -> refs.add(row.getRef()));
        String typed = form.getQ() == null ? "" : form.getQ().strip();
        if (!typed.isEmpty()) {
            for (SellableItem item : catalogue.search(SellableSearch.of(typed, SEARCH_LIMIT))) {
                if (item.onSale() && refs.add(item.ref().toString())) {
                    kept.add(new RequestForm.Row(item.ref().toString(), item.code() + " — " + item.label(), 0));
                }
            }
        }
        form.setRows(kept);
        model.addAttribute("form", form);
        model.addAttribute("sites", sites.findByActiveTrue(Sort.by("name")));
        model.addAttribute("searched", !typed.isEmpty());
    }

    /** The form as a request, or null with the errors it has rejected. */
    @Nullable
    Asking asking(
            RequestForm form, CustomerId customer, QuoteRequest.Channel channel, UserId by, BindingResult errors) {
        List<Asking.Wanted> wanted = new ArrayList<>();
        for (RequestForm.Row row : form.getRows()) {
            if (row.chosen()) {
                ItemRef ref = ItemRef.parse(row.getRef()).orElse(null);
                if (ref == null) {
                    errors.rejectValue("rows", "quotes.request.error.unknownItem");
                    return null;
                }
                wanted.add(new Asking.Wanted(ref, null, row.getQuantity()));
            } else if (row.getQuantity() != null && row.getQuantity() < 0) {
                errors.rejectValue("rows", "quotes.request.error.quantity", new Object[] {999}, null);
                return null;
            }
        }
        if (form.getWanted() != null) {
            form.getWanted()
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(line -> wanted.add(new Asking.Wanted(null, line, 1)));
        }
        Appointment appointment = null;
        if (form.getAppointment() != null && !form.getAppointment().isBlank()) {
            try {
                appointment = Appointment.valueOf(form.getAppointment());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("appointment", "quotes.request.error.appointment");
                return null;
            }
        }
        Instant wishedAt = null;
        if (appointment != null
                && form.getWishedAt() != null
                && !form.getWishedAt().isBlank()) {
            try {
                wishedAt = LocalDateTime.parse(form.getWishedAt())
                        .atZone(tenant.zoneId())
                        .toInstant();
            } catch (DateTimeParseException e) {
                errors.rejectValue("wishedAt", "quotes.request.error.wishedAt");
                return null;
            }
        }
        return new Asking(
                customer,
                channel,
                wanted,
                form.getMessage() == null ? "" : form.getMessage(),
                appointment,
                form.getSite() == null ? null : new SiteId(form.getSite()),
                wishedAt,
                form.getTicket(),
                by);
    }

    /** A refusal shown on its field, or above the form. */
    static void reject(BindingResult errors, QuoteRefused refused) {
        String field = "items".equals(refused.field()) ? "rows" : refused.field();
        if (field == null) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
        } else if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
        }
    }

    /** The site's name, for pages. */
    String siteName(@Nullable SiteId site) {
        return site == null ? "" : sites.find(site).map(Site::name).orElse("");
    }
}
