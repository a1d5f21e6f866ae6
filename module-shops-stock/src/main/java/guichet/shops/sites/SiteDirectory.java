package guichet.shops.sites;

import guichet.platform.history.InteractionLog;
import guichet.platform.ids.SiteId;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.platform.web.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's sites as administrators keep them: created, changed, closed (a site is never deleted: tickets, sales
 * and staff refer to it) and reopened; their week of opening hours and their special days; each change in the
 * interaction history. The services they offer and the locator's map are {@link ShopSettings}'.
 */
@org.springframework.stereotype.Service
public class SiteDirectory {

    private final Sites sites;
    private final Openings openings;
    private final SpecialDays specialDays;
    private final Users users;
    private final InteractionLog history;
    private final Clock clock;

    SiteDirectory(
            Sites sites, Openings openings, SpecialDays specialDays, Users users, InteractionLog history, Clock clock) {
        this.sites = sites;
        this.openings = openings;
        this.specialDays = specialDays;
        this.users = users;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Site> list(Pageable page) {
        return sites.findAll(page);
    }

    @Transactional(readOnly = true)
    public Site get(String code) {
        return sites.findByCode(code).orElseThrow(() -> new NotFound("Site " + code));
    }

    /** What is wrong with these details for this site ({@code null} for a new one). */
    @Transactional(readOnly = true)
    public Map<String, String> problems(SiteDetails details, @Nullable SiteId self) {
        Map<String, String> problems = new LinkedHashMap<>(details.problems());
        if (self == null
                && details.code() != null
                && sites.findByCode(details.code()).isPresent()) {
            problems.putIfAbsent("code", "shops.error.code.taken");
        }
        if (details.manager() != null
                && users.find(details.manager())
                        .filter(u -> u.kind() == User.Kind.STAFF && u.active())
                        .isEmpty()) {
            problems.putIfAbsent("manager", "shops.error.manager.unknown");
        }
        return problems;
    }

    @Transactional
    public Site create(SiteDetails details) {
        reject(problems(details, null));
        Site site = new Site(details.code(), details.name(), details.kind(), clock.instant());
        details.applyTo(site);
        sites.save(site);
        history.record("SITE_CREATED", "site", site.code(), site.name());
        return site;
    }

    /** Changes a site's details; its code stays. */
    @Transactional
    public Site change(String code, SiteDetails details) {
        Site site = get(code);
        SiteDetails kept = new SiteDetails(
                site.code(),
                details.name(),
                details.kind(),
                details.address(),
                details.city(),
                details.postalCode(),
                details.country(),
                details.latitude(),
                details.longitude(),
                details.phone(),
                details.manager());
        reject(problems(kept, site.id()));
        kept.applyTo(site);
        history.record("SITE_CHANGED", "site", site.code(), site.name());
        return site;
    }

    @Transactional
    public void close(String code) {
        Site site = get(code);
        site.close(clock.instant());
        history.record("SITE_CLOSED", "site", site.code(), site.name());
    }

    @Transactional
    public void reopen(String code) {
        Site site = get(code);
        site.reopen();
        history.record("SITE_REOPENED", "site", site.code(), site.name());
    }

    /** The staff who may manage a site: active staff members, by name. */
    @Transactional(readOnly = true)
    public List<User> possibleManagers() {
        return users.findByKind(User.Kind.STAFF).stream()
                .filter(User::active)
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public @Nullable User manager(Site site) {
        return site.manager().flatMap(users::find).orElse(null);
    }

    // Hours

    /** The schedules of these sites, with their special days from {@code from} for two weeks, in two reads. */
    @Transactional(readOnly = true)
    public Map<SiteId, Schedule> schedules(Collection<Site> of, LocalDate from) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = of.stream().map(s -> s.id().value()).toList();
        Map<SiteId, List<Hours>> weeks = new HashMap<>();
        for (Opening opening : openings.ofSites(ids)) {
            weeks.computeIfAbsent(opening.site(), s -> new ArrayList<>()).add(opening.hours());
        }
        Map<SiteId, Map<LocalDate, SpecialDay>> days = new HashMap<>();
        for (SpecialDay day : specialDays.ofSites(ids, from, from.plusDays(Schedule.HORIZON_DAYS + 1))) {
            days.computeIfAbsent(day.site(), s -> new HashMap<>()).put(day.day(), day);
        }
        Map<SiteId, Schedule> schedules = new HashMap<>();
        for (Site site : of) {
            schedules.put(
                    site.id(),
                    new Schedule(weeks.getOrDefault(site.id(), List.of()), days.getOrDefault(site.id(), Map.of())));
        }
        return schedules;
    }

    /**
     * The schedules of these sites for one day only — that weekday's hours and that day's special day — enough to say
     * whether each is open at a moment of that day, not when it opens next: what the store locator filters with
     * before it reads the whole schedules of the sites it keeps.
     */
    @Transactional(readOnly = true)
    public Map<SiteId, Schedule> schedulesOn(Collection<Site> of, LocalDate day) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = of.stream().map(s -> s.id().value()).toList();
        Map<SiteId, List<Hours>> hours = new HashMap<>();
        for (Object[] row : openings.onWeekday(ids, (short) day.getDayOfWeek().getValue())) {
            hours.computeIfAbsent(new SiteId((UUID) row[0]), s -> new ArrayList<>())
                    .add(new Hours(java.time.DayOfWeek.of(((Number) row[1]).intValue()), (LocalTime) row[2], (LocalTime)
                            row[3]));
        }
        Map<SiteId, Map<LocalDate, SpecialDay>> days = new HashMap<>();
        for (SpecialDay special : specialDays.ofSites(ids, day, day)) {
            days.put(special.site(), Map.of(day, special));
        }
        Map<SiteId, Schedule> schedules = new HashMap<>();
        for (Site site : of) {
            schedules.put(
                    site.id(),
                    new Schedule(hours.getOrDefault(site.id(), List.of()), days.getOrDefault(site.id(), Map.of())));
        }
        return schedules;
    }

    /** A site's week, weekday by weekday. */
    @Transactional(readOnly = true)
    public List<Hours> week(Site site) {
        return openings.ofSites(List.of(site.id().value())).stream()
                .map(Opening::hours)
                .toList();
    }

    /** Replaces a site's week; the hours of one weekday must not overlap. */
    @Transactional
    public void setWeek(String code, List<Hours> week) {
        Site site = get(code);
        Map<String, String> problems = new LinkedHashMap<>();
        List<Hours> sorted = new Schedule(week, Map.of()).week();
        for (int i = 1; i < sorted.size(); i++) {
            Hours before = sorted.get(i - 1);
            Hours after = sorted.get(i);
            if (before.day() == after.day() && after.opens().isBefore(before.closes())) {
                problems.put("week", "shops.error.hours.overlap");
            }
        }
        reject(problems);
        openings.deleteOfSite(site.id().value());
        sorted.forEach(hours -> openings.save(new Opening(site.id(), hours)));
        history.record("SITE_HOURS_CHANGED", "site", site.code(), site.name());
    }

    /** A site's special days from today on (in the tenant's time zone). */
    @Transactional(readOnly = true)
    public List<SpecialDay> upcomingSpecialDays(Site site, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return specialDays.ofSites(List.of(site.id().value()), today, today.plusYears(2));
    }

    /** Gives a day other hours than its weekday's, or closes the site that day (no hours); replaces one set before. */
    @Transactional
    public SpecialDay setSpecialDay(
            String code,
            @Nullable LocalDate day,
            @Nullable LocalTime opens,
            @Nullable LocalTime closes,
            String reason) {
        Site site = get(code);
        Map<String, String> problems = new LinkedHashMap<>();
        if (day == null) {
            problems.put("day", "shops.error.day.required");
        }
        if (reason.isBlank()) {
            problems.put("reason", "shops.error.reason.required");
        } else if (reason.length() > 120) {
            problems.put("reason", "shops.error.length");
        }
        if ((opens == null) != (closes == null)) {
            problems.put(opens == null ? "opens" : "closes", "shops.error.hours.both");
        } else if (opens != null && !closes.isAfter(opens)) {
            problems.put("closes", "shops.error.hours.order");
        }
        reject(problems);
        specialDays.on(site.id().value(), day).ifPresent(specialDays::delete);
        SpecialDay saved = specialDays.save(new SpecialDay(site.id(), day, opens, closes, reason.strip()));
        history.record("SITE_SPECIAL_DAY_SET", "site", site.code(), day + " " + reason.strip());
        return saved;
    }

    @Transactional
    public void removeSpecialDay(String code, UUID id) {
        Site site = get(code);
        SpecialDay day = specialDays
                .findById(id)
                .filter(d -> d.site().equals(site.id()))
                .orElseThrow(() -> new NotFound("Special day " + id));
        specialDays.delete(day);
        history.record("SITE_SPECIAL_DAY_REMOVED", "site", site.code(), day.day() + " " + day.reason());
    }

    private static void reject(Map<String, String> problems) {
        SiteRejected.ifAny(problems);
    }
}
