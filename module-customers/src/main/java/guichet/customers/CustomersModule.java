package guichet.customers;

import guichet.platform.filters.FilterableList;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.Permission;
import guichet.platform.identity.Role;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.NavigationEntry;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/** Registers the customers module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class CustomersModule {

    public static final String ID = "customers";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission).
    public static final String VIEW = "customers.view";
    public static final String EDIT = "customers.edit";
    public static final String EXPORT = "customers.export";
    public static final String MERGE = "customers.merge";
    public static final String ANONYMISE = "customers.anonymise";
    public static final String SELL = "customers.sell";
    public static final String CATALOG = "customers.catalog";
    public static final String IMPORT = "customers.import";

    /** The key the customer list's saved filters are kept under; they also serve other modules as audiences. */
    public static final String LIST_KEY = "customers.list";

    @Bean
    ModuleDescriptor customersModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of(
                        "fr",
                        "Clients et prospects",
                        "en",
                        "Customers and prospects",
                        "ar",
                        "العملاء والعملاء المحتملون"),
                List.of(
                        new NavigationEntry("/customers", "customers.nav", VIEW),
                        new NavigationEntry("/customers/sales/new", "customers.nav.sell", SELL),
                        new NavigationEntry("/customers/mine", "customers.nav.mine", CorePermissions.PORTAL_ACCESS),
                        new NavigationEntry(
                                "/customers/mine/wiki", "customers.nav.wiki", CorePermissions.PORTAL_ACCESS)),
                List.of(
                        new Permission(VIEW, "customers.permission.view", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(EDIT, "customers.permission.edit", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(EXPORT, "customers.permission.export", Role.SALES_REP),
                        new Permission(MERGE, "customers.permission.merge", Role.AGENT, Role.SELLER),
                        new Permission(ANONYMISE, "customers.permission.anonymise"),
                        new Permission(SELL, "customers.permission.sell", Role.AGENT, Role.SELLER),
                        new Permission(CATALOG, "customers.permission.catalog"),
                        new Permission(IMPORT, "customers.permission.import")),
                "guichet-customers",
                10);
    }

    /**
     * The customer list's criteria can be saved as filters (seed 002), for oneself or shared; other modules use them as
     * audiences ({@code CustomerListAudience}).
     */
    @Bean
    FilterableList customerListFilters() {
        return new FilterableList(LIST_KEY, "/customers", "customers.title", VIEW);
    }
}
