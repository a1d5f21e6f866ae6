package guichet.shops.locator;

import guichet.platform.ids.SiteId;
import guichet.platform.sites.Position;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.shops.sites.OpeningState;
import guichet.shops.sites.Schedule;
import guichet.shops.sites.Service;
import guichet.shops.sites.ShopSettings;
import guichet.shops.sites.SiteDirectory;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nearest sites to a position, nearest first, with their distance, whether they are open now (by the
 * application's clock, in the tenant's time zone) and when they open next, and their services. The database walks
 * its GiST index by distance; sites that do not match (closed now, without the service asked for) are skipped, among
 * the {@link #MAX_CANDIDATES} nearest at most.
 */
@Component
public class StoreLocator {

    /** How many sites a search shows by default and at most. */
    public static final int DEFAULT_COUNT = 5;

    public static final int MAX_COUNT = 20;

    /** How many of the nearest sites a filtered search looks at before it gives up. */
    static final int MAX_CANDIDATES = 200;

    /** How many of the nearest sites a filtered search looks at first. */
    private static final int FIRST_BATCH = 25;

    private static final Pattern COORDINATES =
            Pattern.compile("^\\s*(-?\\d{1,2}(?:[.,]\\d+)?)\\s*[;,\\s]\\s*(-?\\d{1,3}(?:[.,]\\d+)?)\\s*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Sites sites;
    private final SiteDirectory directory;
    private final ShopSettings shopSettings;
    private final Clock clock;

    StoreLocator(Sites sites, SiteDirectory directory, ShopSettings shopSettings, Clock clock) {
        this.sites = sites;
        this.directory = directory;
        this.shopSettings = shopSettings;
        this.clock = clock;
    }

    /** A site found, how far it is, its state now and its services. */
    public record Found(Site site, double kilometres, Schedule schedule, OpeningState state, List<Service> services) {}

    /**
     * The {@code count} nearest sites to a position, only those open now or offering a service when asked: the nearest
     * 25 first, and when too few of them match, the next ones up to {@link #MAX_CANDIDATES} in one more read. A
     * candidate is judged open from that day's hours alone; the whole schedules and the services are read for the
     * sites kept.
     */
    @Transactional(readOnly = true)
    public List<Found> nearest(Position from, int count, boolean openNow, @Nullable UUID service, ZoneId zone) {
        int wanted = Math.clamp(count, 1, MAX_COUNT);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        boolean filtered = openNow || service != null;
        List<Site> kept = new ArrayList<>();
        int offset = 0;
        int batch = filtered ? FIRST_BATCH : wanted;
        while (true) {
            List<Site> candidates = sites.nearest(from, offset, batch);
            Map<SiteId, Schedule> thatDay = openNow ? directory.schedulesOn(candidates, today) : Map.of();
            Map<SiteId, List<Service>> offers = service == null ? Map.of() : shopSettings.servicesAt(candidates);
            for (Site site : candidates) {
                boolean open = !openNow || thatDay.get(site.id()).at(now, zone).open();
                boolean offersIt = service == null
                        || offers.getOrDefault(site.id(), List.of()).stream().anyMatch(s -> s.id().equals(service));
                if (open && offersIt && kept.size() < wanted) {
                    kept.add(site);
                }
            }
            offset += candidates.size();
            if (kept.size() == wanted || candidates.size() < batch || offset >= MAX_CANDIDATES) {
                break;
            }
            batch = MAX_CANDIDATES - offset;
        }
        Map<SiteId, Schedule> schedules = directory.schedules(kept, today);
        Map<SiteId, List<Service>> services = shopSettings.servicesAt(kept);
        return kept.stream()
                .map(site -> new Found(
                        site,
                        from.kilometresTo(site.position().orElseThrow()),
                        schedules.get(site.id()),
                        schedules.get(site.id()).at(now, zone),
                        services.getOrDefault(site.id(), List.of())))
                .toList();
    }

    /**
     * Where a visitor says he is: coordinates typed as « 36.80, 10.18 », or the name of a town where the tenant has a
     * site (accents and case aside), placed at the middle of its sites. No address service is called: none is
     * reachable from every deployment, and a visitor's words never leave the tenant.
     */
    @Transactional(readOnly = true)
    public Optional<Position> whereIs(String typed) {
        Matcher coordinates = COORDINATES.matcher(typed);
        if (coordinates.matches()) {
            double latitude = Double.parseDouble(coordinates.group(1).replace(',', '.'));
            double longitude = Double.parseDouble(coordinates.group(2).replace(',', '.'));
            if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                return Optional.of(new Position(latitude, longitude));
            }
            return Optional.empty();
        }
        String town = plain(typed);
        if (town.isEmpty()) {
            return Optional.empty();
        }
        List<String> there =
                sites.activeTowns().stream().filter(t -> plain(t).equals(town)).toList();
        if (there.isEmpty()) {
            return Optional.empty();
        }
        Object[] middle = sites.middleOf(there).getFirst();
        return Optional.of(new Position(((Number) middle[0]).doubleValue(), ((Number) middle[1]).doubleValue()));
    }

    /** The towns where the tenant has an open site, for the form's suggestions. */
    @Transactional(readOnly = true)
    public List<String> towns() {
        return sites.activeTowns();
    }

    private static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD))
                .replaceAll("")
                .replaceAll("[\\s'’-]+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
