package guichet.prospection;

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

/** Registers the prospecting module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class ProspectionModule {

    public static final String ID = "prospection";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission).
    public static final String VIEW = "prospection.view";
    public static final String EDIT = "prospection.edit";

    /** Asking and answering on the help forum: every account, customers and prospects included. */
    public static final String FORUM_POST = "prospection.forum-post";

    /** Hiding, showing, locking, pinning and moving the forum's posts, and turning a question into a ticket. */
    public static final String FORUM_MODERATE = "prospection.forum-moderate";

    /** The help forum, read by anyone on the tenant's host (prospects without an account included). */
    public static final String FORUM = "/prospection/forum";

    /** The forum's API, named after the forum as the issue asks rather than under the module's prefix (ADR 61). */
    public static final String FORUM_API = "/api/forum";

    @Bean
    ModuleDescriptor prospectionModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Prospection", "en", "Prospecting", "ar", "التنقيب عن العملاء"),
                List.of(
                        new NavigationEntry("/prospection", "prospection.nav", VIEW),
                        new NavigationEntry(FORUM, "prospection.forum.nav", null)),
                List.of(
                        new Permission(VIEW, "prospection.permission.view", Role.SALES_REP),
                        new Permission(EDIT, "prospection.permission.edit", Role.SALES_REP),
                        new Permission(
                                FORUM_POST,
                                "prospection.permission.forumPost",
                                Role.AGENT,
                                Role.SALES_REP,
                                Role.SELLER,
                                Role.CUSTOMER,
                                Role.RESELLER),
                        new Permission(FORUM_MODERATE, "prospection.permission.forumModerate", Role.AGENT)),
                "guichet-prospection",
                70,
                List.of(
                        FORUM,
                        FORUM + "/questions/*",
                        "/api/forum/categories",
                        "/api/forum/questions",
                        "/api/forum/questions/*"),
                List.of(FORUM_API));
    }
}
