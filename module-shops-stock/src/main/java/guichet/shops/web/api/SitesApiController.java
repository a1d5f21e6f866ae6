package guichet.shops.web.api;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.sites.Position;
import guichet.platform.sites.Site;
import guichet.platform.web.TenantTime;
import guichet.shops.ShopsModule;
import guichet.shops.locator.StoreLocator;
import guichet.shops.sites.Hours;
import guichet.shops.sites.OpeningState;
import guichet.shops.sites.Service;
import guichet.shops.sites.ShopSettings;
import guichet.shops.sites.SiteDirectory;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's sites as JSON, and the nearest ones to a position for anyone (the store locator's data). */
@RestController
@RequiresPermission(ShopsModule.VIEW)
class SitesApiController {

    private final SiteDirectory directory;
    private final ShopSettings shopSettings;
    private final StoreLocator locator;
    private final TenantTime time;
    private final MessageSource messages;

    SitesApiController(
            SiteDirectory directory,
            ShopSettings shopSettings,
            StoreLocator locator,
            TenantTime time,
            MessageSource messages) {
        this.directory = directory;
        this.shopSettings = shopSettings;
        this.locator = locator;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping("/api/shops/sites")
    @Transactional(readOnly = true)
    List<SiteResponse> sites() {
        return directory.list(org.springframework.data.domain.Pageable.unpaged(Sort.by("code"))).stream()
                .map(SiteResponse::of)
                .toList();
    }

    @GetMapping("/api/shops/sites/{code}")
    @Transactional(readOnly = true)
    SiteDetailResponse site(@PathVariable String code) {
        Site site = directory.get(code);
        return new SiteDetailResponse(
                SiteResponse.of(site),
                directory.week(site).stream().map(HoursResponse::of).toList(),
                shopSettings.servicesAt(List.of(site)).getOrDefault(site.id(), List.of()).stream()
                        .map(ServiceResponse::of)
                        .toList());
    }

    /**
     * The {@code count} nearest sites to a position (5 by default, 20 at most), nearest first, only those open now
     * with {@code open=true}, only those offering a service with {@code service}.
     */
    @GetMapping("/api/shops/nearest")
    @RequiresPermission(RequiresPermission.PUBLIC)
    @Transactional(readOnly = true)
    ResponseEntity<?> nearest(
            @RequestParam double lat,
            @RequestParam double lon,
            @RequestParam(defaultValue = "5") int count,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) @Nullable UUID service) {
        if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180) || count < 1 || count > StoreLocator.MAX_COUNT) {
            Locale language = LocaleContextHolder.getLocale();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, messages.getMessage("shops.locator.error.position", null, language));
            problem.setProperty("code", "shops.locator.error.position");
            return ResponseEntity.badRequest().body(problem);
        }
        List<NearestResponse> found =
                locator.nearest(new Position(lat, lon), count, open, service, time.zone()).stream()
                        .map(NearestResponse::of)
                        .toList();
        return ResponseEntity.ok(found);
    }

    /** A site as the API shows it. */
    record SiteResponse(
            UUID id,
            String code,
            String name,
            String kind,
            boolean active,
            @Nullable String address,
            @Nullable String city,
            @Nullable String postalCode,
            @Nullable String country,
            @Nullable String phone,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {

        static SiteResponse of(Site site) {
            return new SiteResponse(
                    site.id().value(),
                    site.code(),
                    site.name(),
                    site.kind().name(),
                    site.active(),
                    site.address(),
                    site.city(),
                    site.postalCode(),
                    site.country(),
                    site.phone(),
                    site.latitude(),
                    site.longitude());
        }
    }

    /** A site with its week and services. */
    record SiteDetailResponse(SiteResponse site, List<HoursResponse> week, List<ServiceResponse> services) {}

    /** An opening: ISO weekday (1 is Monday) and local times. */
    record HoursResponse(int weekday, String opens, String closes) {

        static HoursResponse of(Hours hours) {
            return new HoursResponse(
                    hours.day().getValue(),
                    hours.opens().toString(),
                    hours.closes().toString());
        }
    }

    record ServiceResponse(UUID id, String code, String name) {

        static ServiceResponse of(Service service) {
            return new ServiceResponse(service.id(), service.code(), service.name());
        }
    }

    /** A site found near a position: its distance in kilometres, whether it is open now, until or from when. */
    record NearestResponse(
            SiteResponse site,
            double kilometres,
            boolean open,
            @Nullable OffsetDateTime closesAt,
            @Nullable OffsetDateTime nextOpening,
            @Nullable String specialDay,
            List<ServiceResponse> services) {

        static NearestResponse of(StoreLocator.Found found) {
            OpeningState state = found.state();
            return new NearestResponse(
                    SiteResponse.of(found.site()),
                    Math.round(found.kilometres() * 100) / 100.0,
                    state.open(),
                    state.closesAt() == null ? null : state.closesAt().toOffsetDateTime(),
                    state.nextOpening() == null ? null : state.nextOpening().toOffsetDateTime(),
                    state.specialDay(),
                    found.services().stream().map(ServiceResponse::of).toList());
        }
    }
}
