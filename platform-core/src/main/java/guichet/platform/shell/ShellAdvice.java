package guichet.platform.shell;

import guichet.platform.i18n.Languages;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.modules.NavigationEntry;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Adds the page shell to the model of every page. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private static final String CONSOLE_BRAND = "Guichet";

    /** The administration pages, in navigation order, with the permission each needs. */
    private static final List<NavigationEntry> ADMIN_LINKS = List.of(
            new NavigationEntry("/admin/users", "shell.nav.admin.users", CorePermissions.USERS_MANAGE_CUSTOMERS),
            new NavigationEntry("/admin/history", "shell.nav.admin.history", CorePermissions.HISTORY_VIEW),
            new NavigationEntry("/admin/settings", "shell.nav.admin.settings", CorePermissions.SETTINGS_MANAGE),
            new NavigationEntry("/admin/billing", "shell.nav.admin.billing", CorePermissions.BILLING_MANAGE));

    private final TenantCatalog catalog;
    private final ModuleRegistry modules;
    private final CurrentUser currentUser;
    private final Bell bell;

    ShellAdvice(TenantCatalog catalog, ModuleRegistry modules, CurrentUser currentUser, Bell bell) {
        this.catalog = catalog;
        this.modules = modules;
        this.currentUser = currentUser;
        this.bell = bell;
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request, Locale locale) {
        String path = originalPath(request);
        Optional<TenantProfile> tenant = TenantContext.current().flatMap(catalog::find);
        Optional<GuichetUser> user = currentUser.get();
        List<Shell.Link> navigation = new ArrayList<>();
        String userName = user.map(GuichetUser::displayName).orElse(null);
        if (tenant.isPresent()) {
            navigation.add(new Shell.Link("/", "shell.nav.home", path.equals("/")));
            List<NavigationEntry> entries = new ArrayList<>();
            for (ModuleDescriptor module : modules.enabledFor(tenant.get())) {
                entries.addAll(module.navigation());
            }
            entries.addAll(ADMIN_LINKS);
            for (NavigationEntry entry : entries) {
                if (user.isEmpty() ? entry.visibleToVisitors() : entry.visibleTo(currentUser::can)) {
                    navigation.add(new Shell.Link(entry.path(), entry.labelKey(), isUnder(path, entry.path())));
                }
            }
        } else {
            navigation.add(new Shell.Link("/", "console.nav.tenants", path.equals("/") || isUnder(path, "/tenants")));
            navigation.add(new Shell.Link("/modules", "console.nav.prices", isUnder(path, "/modules")));
            navigation.add(new Shell.Link("/messages", "console.nav.messages", isUnder(path, "/messages")));
            if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken owner) {
                userName = owner.getPrincipal().getAttribute("email");
            }
        }
        return new Shell(
                tenant.map(TenantProfile::displayName).orElse(CONSOLE_BRAND),
                tenant.isEmpty(),
                locale.getLanguage(),
                Languages.isRightToLeft(locale),
                navigation,
                languageLinks(request, locale),
                userName,
                userName == null
                        && tenant.map(t -> t.identity().selfRegistration()).orElse(false),
                tenant.isPresent() && user.isPresent()
                        ? bell.unreadCount(user.get().id())
                        : 0,
                tenant.isPresent() && isReadOnly(tenant.get(), path),
                tenant.isPresent() && user.isPresent() ? contactHref(path, request.getQueryString()) : null,
                tenant.isPresent() && currentUser.can(CorePermissions.CONTACT_ANSWER));
    }

    /**
     * The contact form, told which page it was opened from (its path and query), so the administrators see where the
     * user was; from the contact pages themselves, the form alone.
     */
    static String contactHref(String path, @Nullable String query) {
        if (path.equals("/contact") || path.startsWith("/contact/")) {
            return "/contact";
        }
        String from = query == null ? path : path + "?" + query;
        return "/contact?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8);
    }

    private boolean isReadOnly(TenantProfile tenant, String path) {
        return modules.owning(path)
                .map(module -> tenant.isReadOnly(module.id()))
                .orElse(false);
    }

    private static List<Shell.LanguageLink> languageLinks(HttpServletRequest request, Locale current) {
        String path = originalPath(request);
        String query = request.getQueryString();
        List<Shell.LanguageLink> links = new ArrayList<>();
        for (Locale language : Languages.SUPPORTED) {
            String href = UriComponentsBuilder.fromPath(path)
                    .query(query)
                    .replaceQueryParam("lang", language.getLanguage())
                    .build()
                    .toUriString();
            links.add(new Shell.LanguageLink(
                    language.getLanguage(),
                    href,
                    capitalized(language.getDisplayLanguage(language), language),
                    language.getLanguage().equals(current.getLanguage())));
        }
        return links;
    }

    private static String capitalized(String name, Locale language) {
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static String originalPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    private static boolean isUnder(String path, String prefix) {
        return !prefix.equals("/") && (path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
