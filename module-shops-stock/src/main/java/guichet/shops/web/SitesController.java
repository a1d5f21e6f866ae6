package guichet.shops.web;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.sites.Site;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.platform.web.TenantTime;
import guichet.shops.ShopsModule;
import guichet.shops.sites.Hours;
import guichet.shops.sites.Schedule;
import guichet.shops.sites.Service;
import guichet.shops.sites.ShopSettings;
import guichet.shops.sites.SiteDirectory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The tenant's agencies, shops, points of sale, kiosks and warehouses, and each one's page. */
@Controller
@RequiresPermission(ShopsModule.VIEW)
class SitesController {

    static final String LIST = "shops/sites";
    static final String SITE = "shops/site";
    static final Set<String> SORTABLE = Set.of("code", "name", "kind", "city", "active");

    private final SiteDirectory directory;
    private final ShopSettings shopSettings;
    private final TenantTime time;
    private final Clock clock;

    SitesController(SiteDirectory directory, ShopSettings shopSettings, TenantTime time, Clock clock) {
        this.directory = directory;
        this.shopSettings = shopSettings;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/shops")
    @Transactional(readOnly = true)
    String sites(ListQuery query, Model model) {
        Page<Site> shown = directory.list(query.pageable(SORTABLE, Sort.by("code")));
        ZoneId zone = time.zone();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        Map<guichet.platform.ids.SiteId, Schedule> schedules =
                directory.schedules(shown.getContent(), now.toLocalDate());
        Map<String, Object> states = new LinkedHashMap<>();
        shown.forEach(site -> states.put(site.code(), schedules.get(site.id()).at(now, zone)));
        model.addAttribute("sites", shown);
        model.addAttribute("states", states);
        model.addAttribute("links", PageLinks.of("/shops", shown));
        return LIST;
    }

    @GetMapping("/shops/sites/{code}")
    @Transactional(readOnly = true)
    String site(@PathVariable String code, Model model) {
        Site site = directory.get(code);
        ZoneId zone = time.zone();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        Schedule schedule =
                directory.schedules(List.of(site), now.toLocalDate()).get(site.id());
        List<Service> offered = shopSettings.servicesAt(List.of(site)).getOrDefault(site.id(), List.of());
        model.addAttribute("site", site);
        model.addAttribute("manager", directory.manager(site));
        model.addAttribute("state", schedule.at(now, zone));
        model.addAttribute("week", WeekRows.of(directory.week(site)));
        model.addAttribute("specialDays", directory.upcomingSpecialDays(site, zone));
        model.addAttribute("offered", offered);
        model.addAttribute(
                "offeredIds", offered.stream().map(Service::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("services", shopSettings.activeServices());
        model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
        return SITE;
    }

    /** A weekday's openings as the page and the hours form show them: up to two ranges, « 08:00-12:00 ». */
    record WeekRows(DayOfWeek day, String first, String second) {

        static List<WeekRows> of(List<Hours> week) {
            List<WeekRows> rows = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                List<String> ranges = week.stream()
                        .filter(h -> h.day() == day)
                        .map(h -> h.opens() + "-" + h.closes())
                        .toList();
                rows.add(new WeekRows(
                        day, ranges.isEmpty() ? "" : ranges.get(0), ranges.size() < 2 ? "" : ranges.get(1)));
            }
            return rows;
        }
    }
}
