package guichet.quotes;

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

/** Registers the quotes and invoices module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class QuotesModule {

    public static final String ID = "quotes";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission). A customer's own
    // quotes and invoices in the portal ask the core's portal.access and are always his own.
    public static final String VIEW = "quotes.view";
    public static final String EDIT = "quotes.edit";
    public static final String ISSUE = "invoices.issue";
    public static final String CONFIGURE = "invoices.configure";

    /** The invoices' API, named after them rather than after the module (ADR 61). */
    public static final String INVOICES_API = "/api/invoices";

    @Bean
    ModuleDescriptor quotesModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Devis et factures", "en", "Quotes and invoices", "ar", "عروض الأسعار والفواتير"),
                List.of(
                        new NavigationEntry("/quotes", "quotes.nav", VIEW),
                        new NavigationEntry("/quotes/requests", "quotes.nav.requests", VIEW),
                        new NavigationEntry("/quotes/my", "quotes.my", CorePermissions.PORTAL_ACCESS),
                        new NavigationEntry(
                                "/quotes/my/requests/new", "quotes.request.new", CorePermissions.PORTAL_ACCESS),
                        new NavigationEntry("/quotes/invoices", "invoices.nav", VIEW),
                        new NavigationEntry(
                                "/quotes/my/invoices", "invoices.mine.title", CorePermissions.PORTAL_ACCESS)),
                List.of(
                        new Permission(VIEW, "quotes.permission.view", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(EDIT, "quotes.permission.edit", Role.SELLER, Role.SALES_REP),
                        new Permission(ISSUE, "quotes.permission.issue", Role.SELLER),
                        new Permission(CONFIGURE, "quotes.permission.configure")),
                "guichet-quotes",
                30,
                List.of(),
                List.of(INVOICES_API));
    }
}
