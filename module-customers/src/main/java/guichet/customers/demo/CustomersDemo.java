package guichet.customers.demo;

import guichet.customers.consumption.ConsumptionLedger;
import guichet.customers.consumption.MonthlyUsage;
import guichet.customers.consumption.Usage;
import guichet.customers.wiki.Wiki;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.customers.PostalAddress;
import guichet.platform.modules.DemoContent;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import guichet.platform.sales.SerialNumber;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.Users;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The customers module's share of the demo tenants: Claire Fontaine's printer and laptop in {@code distrib}, the
 * helpdesk sales rep's one customer, contacts, addresses and segments in {@code atlas}, an order not yet delivered in
 * {@code sav}, and three months of consumption for the customers of the telecom operators {@code atlas} and
 * {@code medina}.
 */
@Component
@Order(10)
class CustomersDemo implements DemoContent {

    private final Customers customers;
    private final Products products;
    private final Sales sales;
    private final Users users;
    private final Wiki wiki;
    private final ConsumptionLedger consumption;
    private final Clock clock;

    CustomersDemo(
            Customers customers,
            Products products,
            Sales sales,
            Users users,
            Wiki wiki,
            ConsumptionLedger consumption,
            Clock clock) {
        this.customers = customers;
        this.consumption = consumption;
        this.wiki = wiki;
        this.products = products;
        this.sales = sales;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void seed(TenantProfile tenant) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(tenant.zoneId()));
        switch (tenant.id().slug()) {
            case "distrib" -> {
                sell("Fontaine", "PRN-L3250", "X4EP3250L000017", today.minusMonths(3), true);
                sell("Fontaine", "LAP-X14", "PF3LX14A2026001", today.minusDays(20), true);
                customer(
                        "Fontaine",
                        c -> c.withAddresses(
                                        List.of(new PostalAddress(
                                                null, "12 rue de la République", null, "69002", "Lyon", null, "FR")),
                                        now)
                                .consent(true, false, false, now));
            }
            case "helpdesk" -> {
                users.findByEmail("sales@helpdesk.demo")
                        .ifPresent(rep -> customer(
                                "Cabinet Martin & Associés",
                                c -> c.assignSalesRep(rep.id(), now).classify("Entreprise", now)));
                helpdeskWiki(find("Cabinet Martin & Associés"));
            }
            case "atlas" -> {
                customer(
                        "Ben Salah",
                        c -> c.classify("Particulier", now)
                                .withAddresses(
                                        List.of(new PostalAddress(
                                                "Domicile",
                                                "15 avenue Habib Bourguiba",
                                                null,
                                                "1000",
                                                "Tunis",
                                                null,
                                                "TN")),
                                        now)
                                .consent(true, true, false, now));
                customer(
                        "Sfax Logistique SARL",
                        c -> c.classify("Entreprise", now)
                                .describe(
                                        Customer.Kind.LEGAL_PERSON,
                                        null,
                                        null,
                                        "Sfax Logistique SARL",
                                        null,
                                        "B0123452019",
                                        now)
                                .withContacts(
                                        List.of(
                                                ContactPoint.email("contact@sfaxlog.example.tn", null),
                                                ContactPoint.email("compta@sfaxlog.example.tn", "comptabilité"),
                                                ContactPoint.phone("+216 74 000 111", null),
                                                ContactPoint.phone("+216 98 555 222", "gérant")),
                                        now)
                                .withAddresses(
                                        List.of(new PostalAddress(
                                                "Siège", "Route de Gabès km 4", null, "3000", "Sfax", null, "TN")),
                                        now));
                customer("Trabelsi", c -> c.classify("Jeune", now));
                consumption(today, "Trabelsi");
            }
            case "medina" -> consumption(today, null);
            case "sav" -> sell("Imprimerie Lemoine", "ORG-SRV-01", null, today.minusDays(5), false);
            default -> {
                // The other demo tenants need nothing more than platform core's customers.
            }
        }
    }

    private void sell(String customerName, String productCode, String serial, LocalDate on, boolean delivered) {
        Customer customer = find(customerName);
        Product product = products.findByCode(productCode).orElseThrow();
        SerialNumber number = serial == null ? null : new SerialNumber(serial);
        sales.save(
                delivered
                        ? Sale.delivered(customer.id(), product.id(), number, on, null, null, clock.instant())
                        : Sale.ordered(customer.id(), product.id(), number, on, null, null, clock.instant()));
    }

    /**
     * Seed 003's wiki, grouped by customer: what the team knows of Cabinet Martin's installation (two versions, staff
     * only) and a page shared with the customer, which he reads in his portal.
     */
    private void helpdeskWiki(Customer martin) {
        wiki.seed(
                martin.id(),
                "Installation et contacts",
                List.of(
                        "## Installation\n\n- Standard hébergé, 12 postes\n- Trunk SIP de secours\n\n"
                                + "## Contacts\n\n- Accueil : 01 23 45 67 89\n",
                        "## Installation\n\n- Standard hébergé, 14 postes (2 ajoutés en octobre)\n"
                                + "- Trunk SIP de secours\n\n## Contacts\n\n- Accueil : 01 23 45 67 89\n"
                                + "- Informatique : M. Garnier, le matin\n"),
                "Démo Agent",
                false);
        wiki.seed(
                martin.id(),
                "Accéder à votre standard",
                List.of("1. Ouvrez la console depuis **Mes produits**.\n"
                        + "2. Choisissez le poste à renvoyer.\n3. En cas de doute, ouvrez une demande.\n"),
                "Démo Agent",
                true);
    }

    /**
     * The telecom operators' consumption: three whole months for each customer, companies billed most, and one
     * customer (the last, or the one named) whose use collapses, whom decision support names at risk.
     */
    private void consumption(LocalDate today, @Nullable String leaving) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        List<Customer> all = customers.findAll(PageRequest.of(0, 100)).stream()
                .filter(c -> !c.isMerged() && !c.isAnonymised())
                .toList();
        List<YearMonth> months = List.of(last.minusMonths(2), last.minusMonths(1), last);
        Map<String, MonthlyUsage> kept =
                consumption.kept(all.stream().map(c -> c.id().value()).toList(), months);
        for (int i = 0; i < all.size(); i++) {
            Customer customer = all.get(i);
            boolean company = customer.kind() == Customer.Kind.LEGAL_PERSON;
            boolean collapses = leaving == null
                    ? i == all.size() - 1
                    : customer.displayName().endsWith(leaving);
            for (int m = 0; m < months.size(); m++) {
                int base = company ? 620 + 45 * i : 38 + 9 * (i % 7);
                int billed = collapses ? new int[] {190, 140, 35}[m] : base + 4 * m;
                Usage usage = new Usage(
                        BigDecimal.valueOf(collapses ? 300 - 90L * m : 180 + 20L * (i % 5)),
                        collapses ? 60 - 20L * m : 45 + 5L * (i % 4),
                        BigDecimal.valueOf(collapses ? 9000 - 3500L * m : 4000 + 750L * (i % 6) + 150L * m),
                        BigDecimal.valueOf(billed));
                YearMonth month = months.get(m);
                consumption.keep(
                        new MonthlyUsage(customer.id().value(), month, usage, customer.segment()),
                        kept.get(ConsumptionLedger.key(customer.id().value(), month)));
            }
        }
    }

    private void customer(String name, Consumer<Customer> change) {
        change.accept(find(name));
    }

    private Customer find(String name) {
        return customers.findAll(PageRequest.of(0, 100)).stream()
                .filter(c -> c.displayName().endsWith(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo customer " + name));
    }
}
