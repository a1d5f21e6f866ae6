package guichet.shops.demo;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.modules.DemoContent;
import guichet.platform.sites.Site;
import guichet.platform.tenancy.TenantProfile;
import guichet.shops.sites.Hours;
import guichet.shops.sites.Service;
import guichet.shops.sites.ShopSettings;
import guichet.shops.sites.SiteDetails;
import guichet.shops.sites.SiteDirectory;
import guichet.shops.stock.StockLedger;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The demo tenants' sites as a visitor expects to find them: atlas's shops around Tunis with their week, services,
 * Tunisia's public holidays of the coming year and their stock; poste's agencies (seed 000) with theirs and Benin's holidays. A visitor
 * tries the store locator at once: « Tunis » on atlas, « Cotonou » on poste.
 */
@Component
@Order(50)
class ShopsDemo implements DemoContent {

    /** A site's address and phone, by code. */
    private record Contact(String address, String postalCode, String country, String phone) {}

    private static final Map<String, Contact> CONTACTS = Map.of(
            "TUN-01", new Contact("12 avenue Habib Bourguiba", "1000", "TN", "+216 71 000 101"),
            "TUN-02", new Contact("Centre commercial Lac 2, rue du Lac Turkana", "1053", "TN", "+216 71 000 102"),
            "ARI-01", new Contact("5 avenue de l'Indépendance", "2080", "TN", "+216 71 000 103"),
            "BAR-01", new Contact("Route de Mornag, zone commerciale", "2013", "TN", "+216 71 000 104"),
            "MRS-01", new Contact("Place du Saf-Saf", "2070", "TN", "+216 71 000 105"),
            "SFX-01", new Contact("Avenue Hédi Chaker", "3000", "TN", "+216 74 000 106"),
            "SOU-01", new Contact("Boulevard du 14 Janvier", "4000", "TN", "+216 73 000 107"),
            "COT-01", new Contact("Avenue Clozel, carré 214", "01 BP 1", "BJ", "+229 21 31 00 01"),
            "PNV-01", new Contact("Place Jean Bayol", "BP 200", "BJ", "+229 20 21 00 02"),
            "PKU-01", new Contact("Route de l'aéroport", "BP 300", "BJ", "+229 23 61 00 03"));

    private static final Map<MonthDay, String> TUNISIA_HOLIDAYS = Map.of(
            MonthDay.of(1, 1), "Jour de l'an",
            MonthDay.of(3, 20), "Fête de l'Indépendance",
            MonthDay.of(4, 9), "Journée des martyrs",
            MonthDay.of(5, 1), "Fête du travail",
            MonthDay.of(7, 25), "Fête de la République",
            MonthDay.of(8, 13), "Fête de la femme",
            MonthDay.of(10, 15), "Fête de l'évacuation",
            MonthDay.of(12, 17), "Fête de la Révolution");

    private static final Map<MonthDay, String> BENIN_HOLIDAYS = Map.of(
            MonthDay.of(1, 1), "Jour de l'an",
            MonthDay.of(1, 10), "Fête du Vodoun",
            MonthDay.of(5, 1), "Fête du travail",
            MonthDay.of(8, 1), "Fête de l'Indépendance",
            MonthDay.of(8, 15), "Assomption",
            MonthDay.of(11, 1), "Toussaint",
            MonthDay.of(12, 25), "Noël");

    private final SiteDirectory directory;
    private final ShopSettings shopSettings;
    private final StockLedger stock;
    private final Products products;
    private final Clock clock;

    ShopsDemo(SiteDirectory directory, ShopSettings shopSettings, StockLedger stock, Products products, Clock clock) {
        this.directory = directory;
        this.shopSettings = shopSettings;
        this.stock = stock;
        this.products = products;
        this.clock = clock;
    }

    @Override
    public void seed(TenantProfile tenant) {
        switch (tenant.id().slug()) {
            case "atlas" -> {
                List<Service> services = List.of(
                        shopSettings.addService("VENTE", "Vente et abonnements"),
                        shopSettings.addService("SAV", "Service après-vente"),
                        shopSettings.addService("FACT", "Paiement de factures"),
                        shopSettings.addService("PORTA", "Portabilité du numéro"));
                for (Site site : sites()) {
                    List<Hours> week = new ArrayList<>(days(
                            List.of(
                                    DayOfWeek.MONDAY,
                                    DayOfWeek.TUESDAY,
                                    DayOfWeek.WEDNESDAY,
                                    DayOfWeek.THURSDAY,
                                    DayOfWeek.FRIDAY,
                                    DayOfWeek.SATURDAY),
                            "09:00",
                            "19:00"));
                    if (site.code().equals("MRS-01")) {
                        week.add(hours(DayOfWeek.SUNDAY, "10:00", "14:00"));
                    }
                    describe(site, week);
                    boolean small = site.code().equals("BAR-01") || site.code().equals("SOU-01");
                    shopSettings.offer(
                            site.code(),
                            services.stream()
                                    .filter(s -> !small || !s.code().equals("PORTA"))
                                    .map(Service::id)
                                    .collect(Collectors.toSet()));
                    holidays(site, TUNISIA_HOLIDAYS, tenant);
                }
                atlasStock();
            }
            case "poste" -> {
                Set<java.util.UUID> services = Set.of(
                        shopSettings
                                .addService("SBEE", "Paiement facture d'électricité (SBEE)")
                                .id(),
                        shopSettings
                                .addService("SONEB", "Paiement facture d'eau (SONEB)")
                                .id(),
                        shopSettings.addService("MANDAT", "Mandat express").id());
                shopSettings.requireSitePerAgent(true);
                for (Site site : sites()) {
                    List<Hours> week = new ArrayList<>();
                    for (DayOfWeek day : List.of(
                            DayOfWeek.MONDAY,
                            DayOfWeek.TUESDAY,
                            DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY)) {
                        week.add(hours(day, "08:00", "12:30"));
                        week.add(hours(day, "15:00", "18:30"));
                    }
                    week.add(hours(DayOfWeek.SATURDAY, "08:00", "12:00"));
                    describe(site, week);
                    shopSettings.offer(site.code(), services);
                    holidays(site, BENIN_HOLIDAYS, tenant);
                }
            }
            default -> {
                // The other demo tenants do not have the shops module.
            }
        }
    }

    /**
     * Atlas's stock: prepaid SIM cards and 4G keys by quantity with alert thresholds (Tunis Centre's 4G keys already
     * low), and phones followed by serial number at Tunis Centre and Sfax — the seller of the demo works at Tunis
     * Centre, so his sales take from there.
     */
    private void atlasStock() {
        Product sim = products.findByCode("SIM-PRE").orElseThrow();
        Product key = products.findByCode("4G-KEY").orElseThrow();
        Product phone = products.findByCode("PHN-A15").orElseThrow();
        for (Site site : sites()) {
            stock.receive(site.id(), sim.id(), 40, List.of(), "Stock initial");
            stock.threshold(site.id(), sim.id(), 10);
            stock.receive(site.id(), key.id(), site.code().equals("TUN-01") ? 3 : 12, List.of(), "Stock initial");
            stock.threshold(site.id(), key.id(), 4);
        }
        Site tunis = directory.get("TUN-01");
        Site sfax = directory.get("SFX-01");
        stock.receive(
                tunis.id(),
                phone.id(),
                3,
                List.of("356938035643801", "356938035643802", "356938035643803"),
                "Livraison Samsung");
        stock.receive(sfax.id(), phone.id(), 2, List.of("356938035643804", "356938035643805"), "Livraison Samsung");
        stock.threshold(tunis.id(), phone.id(), 1);
    }

    private List<Site> sites() {
        return directory.list(Pageable.unpaged(Sort.by("code"))).getContent();
    }

    private void describe(Site site, List<Hours> week) {
        Contact contact = CONTACTS.get(site.code());
        if (contact != null) {
            directory.change(
                    site.code(),
                    new SiteDetails(
                            site.code(),
                            site.name(),
                            site.kind(),
                            contact.address(),
                            site.city(),
                            contact.postalCode(),
                            contact.country(),
                            site.latitude(),
                            site.longitude(),
                            contact.phone(),
                            null));
        }
        directory.setWeek(site.code(), week);
    }

    /** The public holidays of the coming twelve months, each a day the site is closed. */
    private void holidays(Site site, Map<MonthDay, String> holidays, TenantProfile tenant) {
        LocalDate today = LocalDate.now(clock.withZone(tenant.zoneId()));
        holidays.forEach((day, name) -> {
            LocalDate date = day.atYear(today.getYear());
            if (date.isBefore(today)) {
                date = date.plusYears(1);
            }
            directory.setSpecialDay(site.code(), date, null, null, name);
        });
    }

    private static List<Hours> days(List<DayOfWeek> days, String opens, String closes) {
        return days.stream().map(day -> hours(day, opens, closes)).toList();
    }

    private static Hours hours(DayOfWeek day, String opens, String closes) {
        return new Hours(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
