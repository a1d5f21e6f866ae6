package guichet.customers;

import guichet.platform.filters.FilterableList;
import guichet.platform.identity.CorePermissions;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.NavigationEntry;
import guichet.platform.modules.Permission;
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
                        new NavigationEntry("/customers/mine", "customers.nav.mine", CorePermissions.PORTAL_ACCESS)),
                List.of(
                        new Permission(VIEW, "customers.permission.view"),
                        new Permission(EDIT, "customers.permission.edit"),
                        new Permission(EXPORT, "customers.permission.export"),
                        new Permission(MERGE, "customers.permission.merge"),
                        new Permission(ANONYMISE, "customers.permission.anonymise"),
                        new Permission(SELL, "customers.permission.sell"),
                        new Permission(CATALOG, "customers.permission.catalog"),
                        new Permission(IMPORT, "customers.permission.import")),
                "guichet-customers",
                10);
    }

    /** The customer list's criteria can be saved as filters (seed 002), for oneself or shared. */
    @Bean
    FilterableList customerListFilters() {
        return new FilterableList("customers.list", "/customers", "customers.title", VIEW);
    }
}
