package guichet.shops.sites;

import guichet.platform.history.InteractionLog;
import guichet.platform.ids.SiteId;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.web.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the shops settings page keeps: the services sites offer (added, renamed, deleted when no site offers them,
 * archived otherwise) and which site offers which, and the store locator's map tiles; each change in the interaction
 * history.
 */
@org.springframework.stereotype.Service
public class ShopSettings {

    private static final Pattern SERVICE_CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");
    private static final Pattern TILE_URL =
            Pattern.compile("^https?://[^\\s\"'<>]+\\{z}[^\\s\"'<>]*\\{x}[^\\s\"'<>]*\\{y}[^\\s\"'<>]*$");

    private final Sites sites;
    private final Services services;
    private final LocatorSettingsStore settings;
    private final InteractionLog history;
    private final Clock clock;

    ShopSettings(Sites sites, Services services, LocatorSettingsStore settings, InteractionLog history, Clock clock) {
        this.sites = sites;
        this.services = services;
        this.settings = settings;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Service> services() {
        return services.findAll(Sort.by(Sort.Order.desc("active"), Sort.Order.asc("name")));
    }

    /** How many sites offer each service, by service id. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> siteCounts() {
        Map<UUID, Long> counts = new HashMap<>();
        services.siteCounts().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    @Transactional(readOnly = true)
    public List<Service> activeServices() {
        return services.findByActiveTrue(Sort.by("name"));
    }

    /** The active services each of these sites offers, by name. */
    @Transactional(readOnly = true)
    public Map<SiteId, List<Service>> servicesAt(Collection<Site> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<Object[]> offers =
                services.offersAt(of.stream().map(s -> s.id().value()).toList());
        Map<UUID, Service> byId = new HashMap<>();
        activeServices().forEach(s -> byId.put(s.id(), s));
        Map<SiteId, List<Service>> at = new HashMap<>();
        for (Object[] offer : offers) {
            Service service = byId.get((UUID) offer[0]);
            if (service != null) {
                at.computeIfAbsent(new SiteId((UUID) offer[1]), s -> new ArrayList<>())
                        .add(service);
            }
        }
        at.values().forEach(list -> list.sort((a, b) -> a.name().compareToIgnoreCase(b.name())));
        return at;
    }

    @Transactional
    public Service addService(String code, String name) {
        Map<String, String> problems = serviceProblems(name);
        if (!SERVICE_CODE.matcher(code).matches()) {
            problems.put("code", "shops.error.code.format");
        } else if (services.findByCode(code).isPresent()) {
            problems.put("code", "shops.error.code.taken");
        }
        SiteRejected.ifAny(problems);
        Service service = services.save(new Service(code, name.strip(), clock.instant()));
        history.record("SERVICE_CREATED", "service", code, name.strip());
        return service;
    }

    @Transactional
    public void renameService(UUID id, String name) {
        SiteRejected.ifAny(serviceProblems(name));
        Service service = service(id);
        service.rename(name.strip());
        history.record("SERVICE_CHANGED", "service", service.code(), name.strip());
    }

    /**
     * Deletes a service no site offers, or archives one that is still offered somewhere: it leaves those sites and
     * the locator, and comes back with {@link #restoreService}.
     *
     * @return whether the service was deleted (else archived)
     */
    @Transactional
    public boolean removeService(UUID id) {
        Service service = service(id);
        if (service.sites() == 0) {
            services.delete(service);
            history.record("SERVICE_DELETED", "service", service.code(), service.name());
            return true;
        }
        service.archive();
        history.record("SERVICE_ARCHIVED", "service", service.code(), service.name());
        return false;
    }

    @Transactional
    public void restoreService(UUID id) {
        Service service = service(id);
        service.restore();
        history.record("SERVICE_RESTORED", "service", service.code(), service.name());
    }

    /** Sets the active services a site offers (the others stop being offered there). */
    @Transactional
    public void offer(String code, Set<UUID> offered) {
        Site site = sites.findByCode(code).orElseThrow(() -> new NotFound("Site " + code));
        for (Service service : services.findByActiveTrue(Sort.unsorted())) {
            service.offer(site.id(), offered.contains(service.id()));
        }
        history.record("SITE_SERVICES_CHANGED", "site", site.code(), site.name());
    }

    private Service service(UUID id) {
        return services.findById(id).orElseThrow(() -> new NotFound("Service " + id));
    }

    private static Map<String, String> serviceProblems(String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isBlank()) {
            problems.put("name", "shops.error.name.required");
        } else if (name.length() > 200) {
            problems.put("name", "shops.error.length");
        }
        return problems;
    }

    @Transactional(readOnly = true)
    public LocatorSettings locatorSettings() {
        return settings.findById((short) 1);
    }

    /** Whether every agent and seller must work at a site (seed 000: one and only one agency per agent). */
    @Transactional
    public void requireSitePerAgent(boolean required) {
        settings.findById((short) 1).requireSitePerAgent(required);
        history.record("AGENT_SITE_RULE_CHANGED", "settings", "shops", String.valueOf(required));
    }

    @Transactional
    public void setTiles(@Nullable String url, @Nullable String attribution) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanUrl = url == null || url.isBlank() ? null : url.strip();
        String cleanAttribution = attribution == null || attribution.isBlank() ? null : attribution.strip();
        if (cleanUrl != null
                && (cleanUrl.length() > 300 || !TILE_URL.matcher(cleanUrl).matches())) {
            problems.put("tileUrl", "shops.error.tiles.format");
        }
        if (cleanAttribution != null && cleanAttribution.length() > 300) {
            problems.put("tileAttribution", "shops.error.length");
        }
        SiteRejected.ifAny(problems);
        settings.findById((short) 1).tiles(cleanUrl, cleanAttribution);
        history.record("LOCATOR_TILES_CHANGED", "settings", "shops", cleanUrl);
    }
}
