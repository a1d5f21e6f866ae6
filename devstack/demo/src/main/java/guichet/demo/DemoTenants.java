package guichet.demo;

import guichet.platform.billing.BillingUnavailable;
import guichet.platform.billing.ModulePrice;
import guichet.platform.billing.ModulePrices;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.modules.DemoContent;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.realms.TenantRealms;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.SecondFactor;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo tenants that are missing, through the same provisioning as the console. Tenants that exist are left
 * alone, so a restart keeps whatever was changed in them.
 */
@Component
@ConditionalOnBooleanProperty("guichet.demo.enabled")
class DemoTenants implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

    private final TenantCatalog catalog;
    private final TenantProvisioning provisioning;
    private final Sites sites;
    private final Products products;
    private final Customers customers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TenantRealms realms;
    private final DemoAccounts accounts;
    private final ObjectProvider<DemoContent> contents;
    private final ModuleRegistry modules;
    private final ModulePrices prices;

    DemoTenants(
            TenantCatalog catalog,
            TenantProvisioning provisioning,
            Sites sites,
            Products products,
            Customers customers,
            TransactionTemplate transactions,
            Clock clock,
            TenantRealms realms,
            DemoAccounts accounts,
            ObjectProvider<DemoContent> contents,
            ModuleRegistry modules,
            ModulePrices prices) {
        this.prices = prices;
        this.catalog = catalog;
        this.provisioning = provisioning;
        this.sites = sites;
        this.products = products;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
        this.realms = realms;
        this.accounts = accounts;
        this.contents = contents;
        this.modules = modules;
    }

    @Override
    public void run(ApplicationArguments args) {
        realms.ensurePlatform();
        accounts.owner();
        priceModules();
        for (DemoTenant demo : DemoData.TENANTS) {
            TenantId id = new TenantId(demo.slug());
            if (catalog.exists(id)) {
                continue;
            }
            log.info("Seeding demo tenant {} ({})", demo.slug(), demo.name());
            provisioning.create(new NewTenant(
                    id,
                    demo.name(),
                    Locale.FRENCH,
                    ZoneId.of(demo.zone()),
                    Currency.getInstance(demo.currency()),
                    demo.theme(),
                    installed(demo.modules()),
                    demo.vocabulary(),
                    new IdentitySettings(
                            null, SecondFactor.NONE, demo.selfRegistration(), DemoAccounts.DEMO_PASSWORD_POLICY)));
            TenantContext.run(id, () -> transactions.executeWithoutResult(status -> fill(demo)));
            TenantProfile seeded = catalog.find(id).orElseThrow();
            contents.orderedStream()
                    .forEach(content -> TenantContext.run(
                            id, () -> transactions.executeWithoutResult(status -> content.seed(seeded))));
        }
    }

    /**
     * Gives each module the platform owner left unpriced a demo monthly price, published to Stripe (the local stub on
     * the run command), so that a visitor can subscribe to modules from a demo tenant's billing page at once.
     */
    private void priceModules() {
        Map<String, ModulePrice> priced = prices.all();
        for (ModuleDescriptor module : modules.all()) {
            BigDecimal amount = DemoData.MONTHLY_PRICES.get(module.id());
            if (amount != null && !priced.containsKey(module.id())) {
                try {
                    prices.set(module.id(), amount, ModulePrices.DEFAULT_CURRENCY);
                } catch (BillingUnavailable e) {
                    log.warn("Demo price of {} not published to Stripe: {}", module.id(), e.getMessage());
                }
            }
        }
    }

    /**
     * The demo's modules that this application holds: a module's own tests run with that module alone (and what it
     * depends on), and still find its demo tenants.
     */
    private List<String> installed(List<String> wanted) {
        return wanted.stream().filter(id -> modules.find(id).isPresent()).toList();
    }

    private void fill(DemoTenant demo) {
        Instant now = clock.instant();
        List<Site> savedSites = new ArrayList<>();
        for (DemoTenant.SiteSeed seed : demo.sites()) {
            savedSites.add(sites.save(new Site(seed.code(), seed.name(), Site.Kind.valueOf(seed.kind()), now)
                    .locatedAt(null, seed.city(), null, seed.latitude(), seed.longitude())));
        }
        List<Product> savedProducts = new ArrayList<>();
        for (DemoTenant.ProductSeed seed : demo.products()) {
            Product product = new Product(
                    seed.code(),
                    seed.name(),
                    seed.service() ? Product.Kind.SERVICE : Product.Kind.PRODUCT,
                    seed.provider(),
                    now);
            if (!seed.onSale()) {
                product.withdrawFromSale(now);
            }
            savedProducts.add(products.save(product));
        }
        List<Customer> savedCustomers = new ArrayList<>();
        for (DemoTenant.CustomerSeed seed : demo.customers()) {
            Customer.Stage stage = seed.prospect() ? Customer.Stage.PROSPECT : Customer.Stage.CUSTOMER;
            Customer customer = seed.company() == null
                    ? Customer.person(customers.nextNumber(), stage, seed.firstName(), seed.lastName(), now)
                    : Customer.company(customers.nextNumber(), stage, seed.company(), now);
            savedCustomers.add(customers.save(customer.withContact(seed.email(), seed.phone(), now)));
        }
        accounts.tenant(demo.slug(), savedSites, savedCustomers);
    }
}
