package guichet.shops.demo;

import guichet.platform.catalog.Products;
import guichet.platform.ids.SiteId;
import guichet.platform.modules.DemoContent;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantProfile;
import guichet.shops.referential.KioskCatalogue;
import guichet.shops.referential.Referential;
import guichet.shops.referential.Structure;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Poste's referential (seed 000): three partners with their issuing structures, one of them two levels deep, and the
 * kiosk services of the demo catalogue brought under them, each offered at the agencies that have it. A visitor opens
 * « Référentiel des services » and finds a tree to change at once.
 */
@Component
@Order(55)
class ReferentialDemo implements DemoContent {

    private final Referential referential;
    private final KioskCatalogue catalogue;
    private final Products products;
    private final Sites sites;

    ReferentialDemo(Referential referential, KioskCatalogue catalogue, Products products, Sites sites) {
        this.referential = referential;
        this.catalogue = catalogue;
        this.products = products;
        this.sites = sites;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (!tenant.id().slug().equals("poste")) {
            return;
        }
        UUID sbee = referential
                .addPartner("SBEE", "Société Béninoise d'Énergie Électrique")
                .id();
        Structure sbeeSales = referential.addStructure(sbee, null, "SBEE-DC", "Direction commerciale");
        Structure recovery = referential.addStructure(sbee, sbeeSales.id(), "SBEE-REC", "Service du recouvrement");
        UUID soneb = referential
                .addPartner("SONEB", "Société Nationale des Eaux du Bénin")
                .id();
        Structure customers = referential.addStructure(soneb, null, "SONEB-DCC", "Direction commerciale et clientèle");
        UUID poste = referential.addPartner("LPB", "La Poste du Bénin").id();
        Structure finance =
                referential.addStructure(poste, null, "LPB-DSFP", "Direction des services financiers postaux");
        Structure orders = referential.addStructure(poste, finance.id(), "LPB-MDT", "Division des mandats");

        adopt("SRV-SBEE", recovery, "COT-01", "PNV-01", "PKU-01");
        adopt("SRV-SONEB", customers, "COT-01", "PNV-01");
        adopt("SRV-MANDAT", orders, "COT-01", "PNV-01", "PKU-01");
    }

    private void adopt(String code, Structure structure, String... agencies) {
        Set<SiteId> at = Set.of(agencies).stream()
                .map(a -> sites.findByCode(a).orElseThrow().id())
                .collect(Collectors.toSet());
        catalogue.adopt(products.findByCode(code).orElseThrow().id(), structure.id(), at);
    }
}
