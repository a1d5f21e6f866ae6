package guichet.claims;

import guichet.platform.filters.FilterableList;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.Permission;
import guichet.platform.identity.RequiresPermission;
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

/** Registers the claims and tickets module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class ClaimsModule {

    public static final String ID = "claims";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission).
    public static final String VIEW = "claims.view";
    public static final String CREATE = "claims.create";
    public static final String REPLY = "claims.reply";
    public static final String ASSIGN = "claims.assign";
    public static final String CONFIGURE = "claims.configure";

    /** Where anyone follows a ticket by its number and his e-mail address, without an account. */
    static final String TRACKING = "/claims/track";

    /** The key of the staff list of tickets among the lists whose filters can be saved. */
    public static final String TICKET_LIST = "claims.tickets";

    /** The staff list of tickets, whose filters users save for themselves or share with the tenant (seed 002). */
    @Bean
    FilterableList claimsTicketList() {
        return new FilterableList(TICKET_LIST, "/claims", "term.tickets", VIEW);
    }

    @Bean
    ModuleDescriptor claimsModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Réclamations et tickets", "en", "Claims and tickets", "ar", "الشكاوى والتذاكر"),
                List.of(
                        new NavigationEntry("/claims", "term.tickets", VIEW),
                        new NavigationEntry("/claims/my", "term.ticket.my", CorePermissions.PORTAL_ACCESS),
                        new NavigationEntry(TRACKING, "claims.track.nav", RequiresPermission.PUBLIC)),
                List.of(
                        new Permission(VIEW, "claims.permission.view", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(CREATE, "claims.permission.create", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(REPLY, "claims.permission.reply", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(ASSIGN, "claims.permission.assign"),
                        new Permission(CONFIGURE, "claims.permission.configure")),
                "guichet-claims",
                20,
                List.of(TRACKING));
    }
}
