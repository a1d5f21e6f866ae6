package guichet.claims.settings;

import guichet.claims.sla.BusinessCalendar;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tickets.Ticket;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current tenant's claims configuration: statuses and their categories, types, priorities, SLA targets, business
 * calendar and canned replies; read by the desk, changed by the settings pages. Nothing is deleted that a ticket names
 * or named: a status or type no ticket ever had can be deleted (a mistake, a trial), a used one is retired instead, and
 * so are priorities (the SLA targets name them); a canned reply, which no ticket names, can always be deleted.
 */
@Service
@Transactional
public class ClaimSettings {

    private final Statuses statuses;
    private final TicketTypes types;
    private final Priorities priorities;
    private final SlaPolicies policies;
    private final OpeningSlots slots;
    private final Holidays holidays;
    private final CannedReplies canned;
    private final CurrentTenant tenant;
    private final Vocabularies vocabularies;
    private final TransactionTemplate reading;

    ClaimSettings(
            Statuses statuses,
            TicketTypes types,
            Priorities priorities,
            SlaPolicies policies,
            OpeningSlots slots,
            Holidays holidays,
            CannedReplies canned,
            CurrentTenant tenant,
            Vocabularies vocabularies,
            PlatformTransactionManager transactions) {
        this.statuses = statuses;
        this.types = types;
        this.priorities = priorities;
        this.policies = policies;
        this.slots = slots;
        this.holidays = holidays;
        this.canned = canned;
        this.tenant = tenant;
        this.vocabularies = vocabularies;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * Statuses, types and priorities at once, as a page shows them: from memory once read (see {@link Vocabularies}),
     * so a page pays no query for them. Read only; a change goes through the methods below.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Vocabulary vocabulary() {
        return vocabularies.current(() -> reading.execute(status -> new Vocabulary(statuses(), types(), priorities())));
    }

    // Statuses

    @Transactional(readOnly = true)
    public List<Status> statuses() {
        return statuses.findAllByOrderByPositionAscCodeAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Status> status(String code) {
        return statuses.findById(code);
    }

    /**
     * The status a ticket takes on entering a category: the category's default, else its first active status, else
     * that of the nearest category (a tenant without « waiting » statuses keeps such tickets in progress, one without
     * « closed » ones resolves them, seed 004).
     */
    @Transactional(readOnly = true)
    public Status enter(Ticket.Category category) {
        List<Status> all = statuses();
        for (Ticket.Category candidate : fallbacks(category)) {
            Optional<Status> found = all.stream()
                    .filter(s -> s.active() && s.category() == candidate && !s.isCancellation())
                    .min(Comparator.comparing((Status s) -> !s.isDefault()).thenComparing(Status::position));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("The tenant has no active status for " + category);
    }

    /** Where cancelled demands go, if the tenant has such a status. */
    @Transactional(readOnly = true)
    public Optional<Status> cancellation() {
        return statuses().stream().filter(s -> s.active() && s.isCancellation()).findFirst();
    }

    public Status addStatus(String code, Ticket.Category category, Labels labels) {
        vocabularies.changed();
        if (statuses.findById(Codes.checked(code)).isPresent()) {
            throw new SettingRejected("claims.settings.error.duplicate");
        }
        return statuses.save(new Status(code, category, labels, statuses().size() + 1));
    }

    /** Changes a status; making it its category's default takes that from the previous one. */
    public void changeStatus(
            String code, Labels labels, Ticket.Category category, int position, boolean byDefault, boolean active) {
        vocabularies.changed();
        Status status = statuses.findById(code).orElseThrow(() -> new SettingRejected("claims.settings.error.unknown"));
        status.describe(labels, category, position);
        status.activate(active);
        if (byDefault && active && !status.isCancellation()) {
            statuses().stream()
                    .filter(s -> s.category() == category
                            && s.isDefault()
                            && !s.code().equals(code))
                    .forEach(s -> s.makeDefault(false));
            statuses.save(status);
            status.makeDefault(true);
        } else if (!byDefault) {
            status.makeDefault(false);
        }
        statuses.save(status);
        requireWorkableLifecycle();
    }

    /**
     * Deletes a status no ticket has or ever had; a used one, or the status of cancellations, is refused (retire it
     * instead), and so is a deletion that would leave no way to open or end a ticket. A ticket entering a category whose
     * default was deleted takes its first status ({@link #enter}).
     */
    public void deleteStatus(String code) {
        Status status = statuses.findById(code).orElseThrow(() -> new SettingRejected("claims.settings.error.unknown"));
        if (status.isCancellation()) {
            throw new SettingRejected("claims.settings.error.cancellation");
        }
        if (statuses.everUsed(code)) {
            throw new SettingRejected("claims.settings.error.used.status");
        }
        vocabularies.changed();
        statuses.delete(status);
        requireWorkableLifecycle();
    }

    // Types and priorities

    @Transactional(readOnly = true)
    public List<TicketType> types() {
        return types.findAllByOrderByPositionAscCodeAsc();
    }

    @Transactional(readOnly = true)
    public Optional<TicketType> type(String code) {
        return types.findById(code);
    }

    public TicketType addType(String code, Labels labels) {
        vocabularies.changed();
        if (types.findById(Codes.checked(code)).isPresent()) {
            throw new SettingRejected("claims.settings.error.duplicate");
        }
        return types.save(new TicketType(code, labels, types().size() + 1));
    }

    public void changeType(String code, Labels labels, int position, boolean active) {
        vocabularies.changed();
        TicketType type = types.findById(code).orElseThrow(() -> new SettingRejected("claims.settings.error.unknown"));
        type.describe(labels, position);
        type.activate(active);
        types.save(type);
    }

    /** Deletes a type no ticket is or ever was of, with its SLA targets; a used one is refused (retire it instead). */
    public void deleteType(String code) {
        TicketType type = types.findById(code).orElseThrow(() -> new SettingRejected("claims.settings.error.unknown"));
        if (types.everUsed(code)) {
            throw new SettingRejected("claims.settings.error.used.type");
        }
        vocabularies.changed();
        policies.deleteForType(type.code());
        types.delete(type);
    }

    @Transactional(readOnly = true)
    public List<Priority> priorities() {
        return priorities.findAllByOrderByPositionAscCodeAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Priority> priority(String code) {
        return priorities.findById(code);
    }

    /** The priority of a ticket nobody chose one for. */
    @Transactional(readOnly = true)
    public Priority defaultPriority() {
        List<Priority> all = priorities().stream().filter(Priority::active).toList();
        return all.stream().filter(Priority::isDefault).findFirst().orElseGet(() -> all.get(all.size() / 2));
    }

    /** Adds a priority, with the SLA targets of the tenant's default priority. */
    public Priority addPriority(String code, Labels labels) {
        vocabularies.changed();
        if (priorities.findById(Codes.checked(code)).isPresent()) {
            throw new SettingRejected("claims.settings.error.duplicate");
        }
        SlaPolicy model = policyFor(defaultPriority().code(), null);
        Priority added = priorities.save(new Priority(code, labels, priorities().size() + 1));
        policies.save(new SlaPolicy(added.code(), null, model.firstResponseMinutes(), model.resolutionMinutes()));
        return added;
    }

    public void changePriority(String code, Labels labels, int position, boolean byDefault, boolean active) {
        vocabularies.changed();
        Priority priority =
                priorities.findById(code).orElseThrow(() -> new SettingRejected("claims.settings.error.unknown"));
        priority.describe(labels, position);
        priority.activate(active);
        if (byDefault && active) {
            priorities().stream().filter(p -> !p.code().equals(code)).forEach(p -> p.makeDefault(false));
            priority.makeDefault(true);
        }
        priorities.save(priority);
        if (priorities().stream().noneMatch(Priority::active)) {
            throw new SettingRejected("claims.settings.error.lastPriority");
        }
    }

    // SLA

    @Transactional(readOnly = true)
    public List<SlaPolicy> policies() {
        return policies.findAll().stream()
                .sorted(Comparator.comparing(SlaPolicy::priority)
                        .thenComparing(p -> p.type().orElse("")))
                .toList();
    }

    /** The targets for a priority and type: the type's own if set, else the priority's, else a day and a week. */
    @Transactional(readOnly = true)
    public SlaPolicy policyFor(String priority, @Nullable String type) {
        List<SlaPolicy> all = policies.findAll();
        return all.stream()
                .filter(p -> p.priority().equals(priority)
                        && type != null
                        && p.type().filter(type::equals).isPresent())
                .findFirst()
                .or(() -> all.stream()
                        .filter(p -> p.priority().equals(priority) && p.type().isEmpty())
                        .findFirst())
                .orElseGet(() -> new SlaPolicy(priority, null, 8 * 60, 5 * 8 * 60));
    }

    /** Sets the targets of a priority, for every type or for one; a type's own targets are removed with 0 minutes. */
    public void target(String priority, @Nullable String type, int firstResponseMinutes, int resolutionMinutes) {
        if (priorities.findById(priority).isEmpty()
                || (type != null && types.findById(type).isEmpty())) {
            throw new SettingRejected("claims.settings.error.unknown");
        }
        Optional<SlaPolicy> existing = policies.findAll().stream()
                .filter(p ->
                        p.priority().equals(priority) && p.type().orElse("").equals(type == null ? "" : type))
                .findFirst();
        if (type != null && firstResponseMinutes == 0 && resolutionMinutes == 0) {
            existing.ifPresent(policies::delete);
            return;
        }
        SlaPolicy policy =
                existing.orElseGet(() -> new SlaPolicy(priority, type, firstResponseMinutes, resolutionMinutes));
        policy.target(firstResponseMinutes, resolutionMinutes);
        policies.save(policy);
    }

    // Business calendar

    /** The tenant's business calendar, in its time zone. */
    @Transactional(readOnly = true)
    public BusinessCalendar calendar() {
        List<BusinessCalendar.Span> spans = slots.findAll().stream()
                .map(s -> new BusinessCalendar.Span(s.day(), s.opens(), s.closes()))
                .toList();
        return new BusinessCalendar(
                tenant.zoneId(),
                spans,
                holidays.findAllByOrderByDayAsc().stream().map(Holiday::day).collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    public List<OpeningSlot> openingHours() {
        return slots.findAll().stream()
                .sorted(Comparator.comparing(OpeningSlot::day).thenComparing(OpeningSlot::opens))
                .toList();
    }

    /** Replaces the opening hours of a weekday. */
    public void openOn(DayOfWeek day, List<int[]> spans) {
        slots.findAll().stream().filter(s -> s.day() == day).forEach(slots::delete);
        List<OpeningSlot> added = new ArrayList<>();
        for (int[] span : spans) {
            added.add(slots.save(new OpeningSlot(day, span[0], span[1])));
        }
    }

    @Transactional(readOnly = true)
    public List<Holiday> holidays() {
        return holidays.findAllByOrderByDayAsc();
    }

    public void addHoliday(LocalDate day, String label) {
        holidays.save(new Holiday(day, label));
    }

    public void removeHoliday(LocalDate day) {
        holidays.findById(day).ifPresent(holidays::delete);
    }

    // Canned replies

    @Transactional(readOnly = true)
    public List<CannedReply> cannedReplies() {
        return canned.findAllByOrderByPositionAscTitleAsc();
    }

    @Transactional(readOnly = true)
    public Optional<CannedReply> cannedReply(UUID id) {
        return canned.findById(id);
    }

    public CannedReply addCannedReply(String title, String body) {
        return canned.save(new CannedReply(title, body, cannedReplies().size() + 1));
    }

    public void changeCannedReply(UUID id, String title, String body, boolean active) {
        CannedReply reply = canned.findById(id).orElseThrow(() -> new SettingRejected("claims.settings.error.unknown"));
        reply.describe(title, body);
        reply.activate(active);
        canned.save(reply);
    }

    /** Deletes a canned reply: no ticket names one (its text was copied into the reply). */
    public void deleteCannedReply(UUID id) {
        canned.delete(canned.findById(id).orElseThrow(() -> new SettingRejected("claims.settings.error.unknown")));
    }

    private void requireWorkableLifecycle() {
        List<Status> active = statuses().stream().filter(Status::active).toList();
        boolean opens = active.stream().anyMatch(s -> s.category() == Ticket.Category.NEW);
        boolean ends = active.stream()
                .anyMatch(s -> !s.isCancellation() && !s.category().isOpen());
        if (!opens || !ends) {
            throw new SettingRejected("claims.settings.error.lifecycle");
        }
    }

    private static List<Ticket.Category> fallbacks(Ticket.Category category) {
        return switch (category) {
            case NEW -> List.of(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS);
            case IN_PROGRESS -> List.of(Ticket.Category.IN_PROGRESS, Ticket.Category.NEW);
            case WAITING -> List.of(Ticket.Category.WAITING, Ticket.Category.IN_PROGRESS, Ticket.Category.NEW);
            case RESOLVED -> List.of(Ticket.Category.RESOLVED, Ticket.Category.CLOSED);
            case CLOSED -> List.of(Ticket.Category.CLOSED, Ticket.Category.RESOLVED);
        };
    }
}
