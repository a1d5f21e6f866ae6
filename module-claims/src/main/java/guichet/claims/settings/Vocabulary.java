package guichet.claims.settings;

import guichet.platform.tickets.Ticket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The tenant's statuses, types and priorities as a page shows them, read once per page: labels in the page's language
 * by code, and the choices still offered (retired ones keep their label for old tickets).
 */
public record Vocabulary(List<Status> statuses, List<TicketType> types, List<Priority> priorities) {

    public String status(@Nullable String code) {
        return statuses.stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .map(s -> s.labels().in(LocaleContextHolder.getLocale()))
                .orElse(code == null ? "" : code);
    }

    public String type(@Nullable String code) {
        return types.stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .map(t -> t.labels().in(LocaleContextHolder.getLocale()))
                .orElse(code == null ? "" : code);
    }

    public String priority(@Nullable String code) {
        return priorities.stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .map(p -> p.labels().in(LocaleContextHolder.getLocale()))
                .orElse(code == null ? "" : code);
    }

    /** A field's value in a timeline entry as shown: coded fields by their label, others as written. */
    public String value(@Nullable String field, @Nullable String value) {
        if (value == null) {
            return "—";
        }
        return switch (field == null ? "" : field) {
            case "status" -> status(value);
            case "type" -> type(value);
            case "priority" -> priority(value);
            default -> value;
        };
    }

    public List<Status> activeStatuses() {
        return statuses.stream().filter(Status::active).toList();
    }

    public List<TicketType> activeTypes() {
        return types.stream().filter(Choice::active).toList();
    }

    public List<Priority> activePriorities() {
        return priorities.stream().filter(Choice::active).toList();
    }

    /** The category of a status code, if it is one of the tenant's. */
    public Optional<Ticket.Category> category(String code) {
        return statuses.stream().filter(s -> s.code().equals(code)).findFirst().map(Status::category);
    }

    /** Bootstrap's badge colour for a status, by its category. */
    public String badge(@Nullable String code) {
        return category(code == null ? "" : code)
                .map(c -> switch (c) {
                    case NEW -> "text-bg-primary";
                    case IN_PROGRESS -> "text-bg-info";
                    case WAITING -> "text-bg-warning";
                    case RESOLVED -> "text-bg-success";
                    case CLOSED -> "text-bg-secondary";
                })
                .orElse("text-bg-light");
    }

    /** Labels by code, for the API. */
    public Map<String, String> statusLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        statuses.forEach(s -> labels.put(s.code(), status(s.code())));
        return labels;
    }
}
