package guichet.quotes;

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

/** Registers the quotes and invoices module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class QuotesModule {

    public static final String ID = "quotes";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission).
    public static final String VIEW = "quotes.view";
    public static final String EDIT = "quotes.edit";
    public static final String INVOICE = "quotes.invoice";

    @Bean
    ModuleDescriptor quotesModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Devis et factures", "en", "Quotes and invoices", "ar", "عروض الأسعار والفواتير"),
                List.of(new NavigationEntry("/quotes", "quotes.nav", VIEW)),
                List.of(
                        new Permission(VIEW, "quotes.permission.view", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(EDIT, "quotes.permission.edit", Role.SALES_REP),
                        new Permission(INVOICE, "quotes.permission.invoice")),
                "guichet-quotes",
                30);
    }
}
