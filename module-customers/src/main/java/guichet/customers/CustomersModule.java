package guichet.customers;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.NavigationEntry;
import guichet.platform.modules.Permission;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/** Registers the customers module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CustomersModule.class),
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
        })
public class CustomersModule {

    public static final String ID = "customers";

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
                List.of(new NavigationEntry("/customers", "customers.nav", "customers.view")),
                List.of(
                        new Permission("customers.view", "customers.permission.view"),
                        new Permission("customers.edit", "customers.permission.edit"),
                        new Permission("customers.export", "customers.permission.export")),
                "guichet-customers",
                10);
    }
}
