package guichet.demo;

import guichet.demo.DemoTenant.CustomerSeed;
import guichet.demo.DemoTenant.ProductSeed;
import guichet.demo.DemoTenant.SiteSeed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The demo tenants: two telecom operators and the four organisations of the customers' own specifications. */
final class DemoData {

    /** Each module's demo monthly price in euros, set when the platform owner has not priced it. */
    static final Map<String, BigDecimal> MONTHLY_PRICES = Map.of(
            "customers", new BigDecimal("19.00"),
            "claims", new BigDecimal("29.00"),
            "quotes", new BigDecimal("25.00"),
            "stats", new BigDecimal("15.00"),
            "shops", new BigDecimal("25.00"),
            "offers", new BigDecimal("12.00"),
            "prospection", new BigDecimal("19.00"));

    private DemoData() {}

    private static final List<String> ALL_MODULES =
            List.of("customers", "claims", "quotes", "stats", "shops", "offers", "prospection");

    /**
     * The noun a tenant uses instead of « réclamation » (ADR 33): French singular, plural and gender; English singular
     * and plural; Arabic singular, plural, dual, plural with the article and gender.
     */
    private static Map<String, Map<String, String>> terms(String[] fr, String[] en, String[] ar) {
        return Map.of(
                "fr",
                Map.of("noun.ticket.singular", fr[0], "noun.ticket.plural", fr[1], "noun.ticket.gender", fr[2]),
                "en",
                Map.of("noun.ticket.singular", en[0], "noun.ticket.plural", en[1]),
                "ar",
                Map.of(
                        "noun.ticket.singular", ar[0],
                        "noun.ticket.plural", ar[1],
                        "noun.ticket.dual", ar[2],
                        "noun.ticket.definite", ar[3],
                        "noun.ticket.gender", ar[4]));
    }

    private static final Map<String, Map<String, String>> TICKET_WORDS =
            terms(new String[] {"ticket", "tickets", "masculine"}, new String[] {"ticket", "tickets"}, new String[] {
                "تذكرة", "تذاكر", "تذكرتان", "التذاكر", "feminine"
            });

    /**
     * The noun a tenant uses for its sites (« agence », « boutique »): French singular, plural and gender; English
     * singular and plural; Arabic singular, plural, dual, plural with the article and gender.
     */
    private static Map<String, Map<String, String>> siteTerms(String[] fr, String[] en, String[] ar) {
        return Map.of(
                "fr",
                Map.of("noun.site.singular", fr[0], "noun.site.plural", fr[1], "noun.site.gender", fr[2]),
                "en",
                Map.of("noun.site.singular", en[0], "noun.site.plural", en[1]),
                "ar",
                Map.of(
                        "noun.site.singular", ar[0],
                        "noun.site.plural", ar[1],
                        "noun.site.dual", ar[2],
                        "noun.site.definite", ar[3],
                        "noun.site.gender", ar[4]));
    }

    /** Two vocabularies in one, language by language. */
    private static Map<String, Map<String, String>> both(
            Map<String, Map<String, String>> first, Map<String, Map<String, String>> second) {
        Map<String, Map<String, String>> merged = new java.util.HashMap<>();
        first.forEach((language, words) ->
                merged.computeIfAbsent(language, l -> new java.util.HashMap<>()).putAll(words));
        second.forEach((language, words) ->
                merged.computeIfAbsent(language, l -> new java.util.HashMap<>()).putAll(words));
        return Map.copyOf(merged);
    }

    private static final Map<String, Map<String, String>> SHOP_WORDS =
            siteTerms(new String[] {"boutique", "boutiques", "feminine"}, new String[] {"shop", "shops"}, new String[] {
                "متجر", "متاجر", "متجران", "المتاجر", "masculine"
            });

    private static final Map<String, Map<String, String>> AGENCY_WORDS = siteTerms(
            new String[] {"agence", "agences", "feminine"},
            new String[] {"agency", "agencies"},
            new String[] {"وكالة", "وكالات", "وكالتان", "الوكالات", "feminine"});

    /**
     * La Poste's own words where the platform's are a telecom operator's (issue 24, bug 9): it takes payments for the
     * services of its kiosks (seed 000: « services des bornes d'accès »), it does not sell products nor court prospects.
     */
    private static final Map<String, Map<String, String>> POSTE_WORDS = Map.of(
            "fr",
            Map.of(
                    "customers.nav.sell", "Enregistrer un paiement",
                    "customers.title", "Clients",
                    "customers.module.summary", "Inscription, consultation et recherche des clients.",
                    "stats.figure.prospects", "Usagers non encore clients",
                    "stats.figure.productsOnSale", "Services des bornes",
                    "claims.figures.dimension.product", "service"),
            "en",
            Map.of(
                    "customers.nav.sell", "Record a payment",
                    "customers.title", "Customers",
                    "customers.module.summary", "Registering, consulting and searching customers.",
                    "stats.figure.prospects", "Users not yet customers",
                    "stats.figure.productsOnSale", "Kiosk services",
                    "claims.figures.dimension.product", "service"),
            "ar",
            Map.of(
                    "customers.nav.sell", "تسجيل عملية دفع",
                    "customers.title", "العملاء",
                    "customers.module.summary", "تسجيل العملاء والاطلاع عليهم والبحث عنهم.",
                    "stats.figure.prospects", "مستخدمون ليسوا عملاء بعد",
                    "stats.figure.productsOnSale", "خدمات أكشاك الخدمة",
                    "claims.figures.dimension.product", "الخدمة"));

    private static BigDecimal coordinate(String value) {
        return new BigDecimal(value);
    }

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant(
                    "atlas",
                    "Atlas Télécom",
                    "atlas",
                    "Africa/Tunis",
                    "TND",
                    ALL_MODULES,
                    true,
                    SHOP_WORDS,
                    List.of(
                            new SiteSeed(
                                    "TUN-01",
                                    "Boutique Tunis Centre",
                                    "SHOP",
                                    "Tunis",
                                    coordinate("36.800000"),
                                    coordinate("10.180000")),
                            new SiteSeed(
                                    "TUN-02",
                                    "Boutique Lac 2",
                                    "SHOP",
                                    "Tunis",
                                    coordinate("36.846600"),
                                    coordinate("10.273400")),
                            new SiteSeed(
                                    "ARI-01",
                                    "Boutique Ariana",
                                    "SHOP",
                                    "Ariana",
                                    coordinate("36.862500"),
                                    coordinate("10.195600")),
                            new SiteSeed(
                                    "BAR-01",
                                    "Boutique Ben Arous",
                                    "SHOP",
                                    "Ben Arous",
                                    coordinate("36.753100"),
                                    coordinate("10.218900")),
                            new SiteSeed(
                                    "MRS-01",
                                    "Boutique La Marsa",
                                    "SHOP",
                                    "La Marsa",
                                    coordinate("36.878200"),
                                    coordinate("10.324700")),
                            new SiteSeed(
                                    "SOU-01",
                                    "Boutique Sousse",
                                    "SHOP",
                                    "Sousse",
                                    coordinate("35.825600"),
                                    coordinate("10.608400")),
                            new SiteSeed(
                                    "SFX-01",
                                    "Boutique Sfax",
                                    "SHOP",
                                    "Sfax",
                                    coordinate("34.740000"),
                                    coordinate("10.760000"))),
                    List.of(
                            new ProductSeed("FIB-100", "Fibre 100 Mbit/s", true, "Atlas", true),
                            new ProductSeed("4G-KEY", "Clé 4G", false, "Atlas", true),
                            new ProductSeed("SIM-PRE", "Puce prépayée", false, "Atlas", true),
                            new ProductSeed("PHN-A15", "Smartphone A15", false, "Samsung", true)),
                    List.of(
                            new CustomerSeed(
                                    "Amira", "Ben Salah", null, "amira.bensalah@example.tn", "+216 20 123 456", false),
                            new CustomerSeed(
                                    null,
                                    null,
                                    "Sfax Logistique SARL",
                                    "contact@sfaxlog.example.tn",
                                    "+216 74 000 111",
                                    false),
                            new CustomerSeed(
                                    "Karim", "Trabelsi", null, "karim.t@example.tn", "+216 55 987 654", true))),
            new DemoTenant(
                    "medina",
                    "Médina Mobile",
                    "medina",
                    "Africa/Casablanca",
                    "MAD",
                    List.of("customers", "claims", "stats"),
                    false,
                    Map.of(),
                    List.of(new SiteSeed(
                            "FES-01",
                            "Agence Fès Médina",
                            "AGENCY",
                            "Fès",
                            coordinate("34.064000"),
                            coordinate("-4.973000"))),
                    List.of(
                            new ProductSeed("FORFAIT-20", "Forfait 20 Go", true, "Médina", true),
                            new ProductSeed("ADSL-8", "ADSL 8 Mbit/s", true, "Médina", false)),
                    List.of(
                            new CustomerSeed(
                                    "Youssef", "El Amrani", null, "y.elamrani@example.ma", "+212 600 111 222", false),
                            new CustomerSeed(
                                    "Salma", "Bennani", null, "salma.b@example.ma", "+212 661 333 444", false))),
            new DemoTenant(
                    "poste",
                    "La Poste du Bénin — Bornes d'accès",
                    "poste",
                    "Africa/Porto-Novo",
                    "XOF",
                    List.of("customers", "claims", "stats", "shops"),
                    false,
                    both(
                            both(
                                    terms(
                                            new String[] {"demande client", "demandes client", "feminine"},
                                            new String[] {"client request", "client requests"},
                                            new String[] {
                                                "طلب عميل", "طلبات عملاء", "طلبا عميل", "طلبات العملاء", "masculine"
                                            }),
                                    AGENCY_WORDS),
                            POSTE_WORDS),
                    List.of(
                            new SiteSeed(
                                    "COT-01",
                                    "Agence de Cotonou Centre",
                                    "AGENCY",
                                    "Cotonou",
                                    coordinate("6.370300"),
                                    coordinate("2.391200")),
                            new SiteSeed(
                                    "PNV-01",
                                    "Agence de Porto-Novo",
                                    "AGENCY",
                                    "Porto-Novo",
                                    coordinate("6.496900"),
                                    coordinate("2.628900")),
                            new SiteSeed(
                                    "PKU-01",
                                    "Agence de Parakou",
                                    "AGENCY",
                                    "Parakou",
                                    coordinate("9.337000"),
                                    coordinate("2.630300"))),
                    List.of(
                            new ProductSeed("SRV-SBEE", "Paiement facture d'électricité", true, "SBEE", true),
                            new ProductSeed("SRV-SONEB", "Paiement facture d'eau", true, "SONEB", true),
                            new ProductSeed("SRV-MANDAT", "Mandat express", true, "La Poste du Bénin", true)),
                    List.of(
                            new CustomerSeed(
                                    "Koffi", "Adjovi", null, "koffi.adjovi@example.bj", "+229 97 00 11 22", false),
                            new CustomerSeed("Aïcha", "Dossou", null, null, "+229 96 33 44 55", false))),
            new DemoTenant(
                    "sav",
                    "Origyne — Service après-vente",
                    "sav",
                    "Europe/Paris",
                    "EUR",
                    List.of("customers", "claims"),
                    false,
                    TICKET_WORDS,
                    List.of(),
                    List.of(
                            new ProductSeed("ORG-SRV-01", "Serveur Origyne S1", false, "Origyne", true),
                            new ProductSeed("ORG-MNT", "Contrat de maintenance", true, "Origyne", true)),
                    List.of(new CustomerSeed(
                            null, null, "Imprimerie Lemoine", "sav@lemoine.example.fr", "+33 4 72 00 00 00", false))),
            new DemoTenant(
                    "helpdesk",
                    "A6 Telecom — Helpdesk",
                    "helpdesk",
                    "Europe/Paris",
                    "EUR",
                    List.of("customers", "claims", "stats"),
                    true,
                    TICKET_WORDS,
                    List.of(),
                    List.of(
                            new ProductSeed("A6-TRUNK", "Trunk SIP", true, "A6 Telecom", true),
                            new ProductSeed("A6-STD", "Standard téléphonique hébergé", true, "A6 Telecom", true)),
                    List.of(
                            new CustomerSeed(
                                    null,
                                    null,
                                    "Cabinet Martin & Associés",
                                    "accueil@cabinet-martin.example.fr",
                                    "+33 1 23 45 67 89",
                                    false),
                            new CustomerSeed(
                                    "Julie", "Roux", null, "julie.roux@example.fr", "+33 6 12 34 56 78", false))),
            new DemoTenant(
                    "distrib",
                    "TechDistrib — Extranet",
                    "distrib",
                    "Europe/Paris",
                    "EUR",
                    List.of("customers", "claims"),
                    false,
                    terms(
                            new String[] {"demande d'assistance", "demandes d'assistance", "feminine"},
                            new String[] {"support request", "support requests"},
                            new String[] {"طلب مساعدة", "طلبات مساعدة", "طلبا مساعدة", "طلبات المساعدة", "masculine"}),
                    List.of(new SiteSeed(
                            "LYO-01",
                            "Magasin Lyon Part-Dieu",
                            "SHOP",
                            "Lyon",
                            coordinate("45.760400"),
                            coordinate("4.859000"))),
                    List.of(
                            new ProductSeed("LAP-X14", "Ordinateur portable X14", false, "Lenovo", true),
                            new ProductSeed("PRN-L3250", "Imprimante L3250", false, "Epson", true),
                            new ProductSeed("RTR-AX55", "Routeur Wi-Fi 6 AX55", false, "TP-Link", false)),
                    List.of(new CustomerSeed(
                            "Claire", "Fontaine", null, "claire.fontaine@example.fr", "+33 6 98 76 54 32", false))));
}
