package guichet.claims.web;

import guichet.claims.search.TicketQuery;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.text.Typed;
import guichet.platform.tickets.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the staff ticket list, as query parameters, so that a filter is a link and a saved filter a saved
 * query string (seed 002: « mémoriser des critères du filtre de recherche »). Unknown or malformed values filter
 * nothing.
 */
public class TicketFilter {

    private @Nullable String q;
    private String view = "all";
    private @Nullable String status;
    private @Nullable String priority;
    private @Nullable String type;
    private @Nullable String assignee;
    private @Nullable UUID customer;
    private @Nullable UUID site;
    private @Nullable UUID product;
    private @Nullable UUID audience;
    private @Nullable String channel;
    private boolean overdue;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate to;

    /** The search these filters make, for this user's access; {@code me} stands for « assigned to me ». */
    public TicketQuery toQuery(CustomerAccess access, UserId me, ZoneId zone, Instant now) {
        Set<Ticket.Category> categories = switch (view) {
            case "open" -> EnumSet.of(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS, Ticket.Category.WAITING);
            case "closed" -> EnumSet.of(Ticket.Category.RESOLVED, Ticket.Category.CLOSED);
            default -> Set.of();
        };
        UserId assigned = null;
        boolean unassigned = false;
        if ("me".equals(assignee)) {
            assigned = me;
        } else if ("none".equals(assignee)) {
            unassigned = true;
        } else if (assignee != null && !assignee.isBlank()) {
            assigned = parseUuid(assignee) == null ? null : new UserId(parseUuid(assignee));
        }
        Ticket.Channel byChannel = null;
        if (channel != null && !channel.isBlank()) {
            try {
                byChannel = Ticket.Channel.valueOf(channel);
            } catch (IllegalArgumentException ignored) {
                byChannel = null;
            }
        }
        return new TicketQuery(
                Typed.orNull(q),
                access,
                categories,
                one(status),
                one(priority),
                one(type),
                customer == null ? null : new CustomerId(customer),
                assigned,
                unassigned,
                site == null ? null : new SiteId(site),
                product == null ? null : new ProductId(product),
                null,
                byChannel,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                overdue ? now : null,
                null,
                false);
    }

    /** The list's address with these filters, without paging or sorting. */
    String link(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "q", q);
        if (!"all".equals(view)) {
            link.queryParam("view", view);
        }
        add(link, "status", status);
        add(link, "priority", priority);
        add(link, "type", type);
        add(link, "assignee", assignee);
        add(link, "customer", customer == null ? null : customer.toString());
        add(link, "site", site == null ? null : site.toString());
        add(link, "product", product == null ? null : product.toString());
        add(link, "audience", audience == null ? null : audience.toString());
        add(link, "channel", channel);
        if (overdue) {
            link.queryParam("overdue", "true");
        }
        add(link, "from", from == null ? null : from.toString());
        add(link, "to", to == null ? null : to.toString());
        return link.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value.strip());
        }
    }

    private static Set<String> one(@Nullable String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value.strip());
    }

    private static @Nullable UUID parseUuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public String getView() {
        return view;
    }

    public void setView(@Nullable String view) {
        this.view = "open".equals(view) || "closed".equals(view) ? view : "all";
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getPriority() {
        return priority;
    }

    public void setPriority(@Nullable String priority) {
        this.priority = priority;
    }

    public @Nullable String getType() {
        return type;
    }

    public void setType(@Nullable String type) {
        this.type = type;
    }

    public @Nullable String getAssignee() {
        return assignee;
    }

    public void setAssignee(@Nullable String assignee) {
        this.assignee = assignee;
    }

    public @Nullable UUID getCustomer() {
        return customer;
    }

    public void setCustomer(@Nullable UUID customer) {
        this.customer = customer;
    }

    public @Nullable UUID getSite() {
        return site;
    }

    public void setSite(@Nullable UUID site) {
        this.site = site;
    }

    /** The product or service the tickets are about. */
    public @Nullable UUID getProduct() {
        return product;
    }

    public void setProduct(@Nullable UUID product) {
        this.product = product;
    }

    /** A saved filter of the customer list: only the tickets of its customers (see {@link TicketAudiences}). */
    public @Nullable UUID getAudience() {
        return audience;
    }

    public void setAudience(@Nullable UUID audience) {
        this.audience = audience;
    }

    public @Nullable String getChannel() {
        return channel;
    }

    public void setChannel(@Nullable String channel) {
        this.channel = channel;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public @Nullable LocalDate getFrom() {
        return from;
    }

    public void setFrom(@Nullable LocalDate from) {
        this.from = from;
    }

    public @Nullable LocalDate getTo() {
        return to;
    }

    public void setTo(@Nullable LocalDate to) {
        this.to = to;
    }
}
