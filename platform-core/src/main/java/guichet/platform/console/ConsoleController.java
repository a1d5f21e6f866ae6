package guichet.platform.console;

import guichet.platform.billing.ModulePrices;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.money.MoneyRule;
import guichet.platform.provisioning.TenantRequestRejected;
import guichet.platform.signup.Onboarding;
import guichet.platform.subscriptions.SubscriptionSync;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.theming.Themes;
import guichet.platform.web.ConsoleEndpoint;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.Origins;
import guichet.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform console's tenant pages. */
@Controller
@ConsoleEndpoint
class ConsoleController {

    static final String LIST = "console/tenants";
    static final String NEW = "console/tenant-new";
    static final String DETAIL = "console/tenant";
    private static final Set<String> SORTABLE = Set.of("slug", "displayName", "status");

    private final TenantCatalog catalog;
    private final Onboarding onboarding;
    private final CurrentUser currentUser;
    private final SubscriptionSync subscriptions;
    private final ModulePrices prices;
    private final ModuleRegistry modules;
    private final Themes themes;
    private final TenancyProperties tenancy;

    ConsoleController(
            TenantCatalog catalog,
            Onboarding onboarding,
            CurrentUser currentUser,
            SubscriptionSync subscriptions,
            ModulePrices prices,
            ModuleRegistry modules,
            Themes themes,
            TenancyProperties tenancy) {
        this.catalog = catalog;
        this.onboarding = onboarding;
        this.currentUser = currentUser;
        this.subscriptions = subscriptions;
        this.prices = prices;
        this.modules = modules;
        this.themes = themes;
        this.tenancy = tenancy;
    }

    @GetMapping("/")
    String list(ListQuery query, HttpServletRequest servletRequest, Model model, Locale locale) {
        Pageable request = query.pageable(SORTABLE, Sort.by("slug"));
        Sort.Order order = request.getSort().iterator().next();
        Comparator<TenantProfile> comparator = switch (order.getProperty()) {
            case "displayName" -> Comparator.comparing(t -> t.displayName().toLowerCase());
            case "status" -> Comparator.comparing(TenantProfile::status);
            default -> Comparator.comparing(TenantProfile::slug);
        };
        List<TenantProfile> all = catalog.all().stream()
                .sorted(order.isAscending() ? comparator : comparator.reversed())
                .toList();
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        PageImpl<TenantProfile> shown = new PageImpl<>(all.subList(from, to), request, all.size());
        model.addAttribute("tenants", shown);
        model.addAttribute("links", PageLinks.of("/", shown));
        model.addAttribute("tenancy", tenancy);
        model.addAttribute(
                "overview", TenantOverview.of(shown.getContent(), subscriptions.all(), prices.all(), modules, locale));
        model.addAttribute(
                "portals",
                shown.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                TenantProfile::slug,
                                t -> Origins.on(tenancy.subdomainHost(t.id()), servletRequest) + "/")));
        return LIST;
    }

    @GetMapping("/tenants/new")
    String newTenant(Model model) {
        return form(TenantForm.blank(), model);
    }

    @PostMapping("/tenants")
    String create(
            @ModelAttribute("form") TenantForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            TenantProfile created = onboarding.open(
                    form.toRequest(),
                    form.administrator(),
                    "console: " + currentUser.get().map(GuichetUser::email).orElse("owner"));
            flash.addFlashAttribute("notice", "console.tenant.created");
            return "redirect:/tenants/" + created.slug();
        } catch (TenantRequestRejected rejected) {
            rejected.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            return form(form, model);
        }
    }

    @GetMapping("/tenants/{slug}")
    String detail(@PathVariable String slug, HttpServletRequest servletRequest, Model model) {
        TenantProfile tenant = find(slug);
        model.addAttribute("portal", Origins.on(tenancy.subdomainHost(tenant.id()), servletRequest) + "/");
        model.addAttribute("tenant", tenant);
        model.addAttribute("modules", modules.all());
        model.addAttribute("host", tenancy.subdomainHost(tenant.id()));
        return DETAIL;
    }

    @PostMapping("/tenants/{slug}/status")
    String changeStatus(@PathVariable String slug, @RequestParam String action, RedirectAttributes flash) {
        TenantId id = find(slug).id();
        String notice = switch (action) {
            case "suspend" -> {
                catalog.suspend(id);
                yield "console.tenant.suspended";
            }
            case "resume" -> {
                catalog.resume(id);
                yield "console.tenant.resumed";
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        flash.addFlashAttribute("notice", notice);
        return "redirect:/tenants/" + slug;
    }

    @PostMapping("/tenants/{slug}/modules")
    String changeModule(
            @PathVariable String slug,
            @RequestParam String module,
            @RequestParam String action,
            RedirectAttributes flash) {
        TenantId id = find(slug).id();
        if (modules.find(module).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        String notice = switch (action) {
            case "grant" -> {
                catalog.grantModule(id, module, ModuleOrigin.MANUAL);
                yield "console.module.granted";
            }
            case "revoke" -> {
                catalog.revokeModule(id, module);
                yield "console.module.revoked";
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        flash.addFlashAttribute("notice", notice);
        return "redirect:/tenants/" + slug;
    }

    private String form(TenantForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("modules", modules.all());
        model.addAttribute("themes", themes.all());
        model.addAttribute("roundings", MoneyRule.ROUNDINGS);
        model.addAttribute("baseDomain", tenancy.baseDomain());
        return NEW;
    }

    /** The tenant portal's address, on the scheme and port the console was reached on. */
    private TenantProfile find(String slug) {
        if (!TenantId.isValid(slug)) {
            throw new NotFound("Tenant " + slug);
        }
        return catalog.find(new TenantId(slug)).orElseThrow(() -> new NotFound("Tenant " + slug));
    }
}
