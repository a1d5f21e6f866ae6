package guichet.platform.signup.web;

import guichet.platform.billing.ModulePrice;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.money.MoneyFormat;
import guichet.platform.signup.SignupForm;
import guichet.platform.signup.SignupRefused;
import guichet.platform.signup.SignupRequest;
import guichet.platform.signup.SignupZones;
import guichet.platform.signup.Signups;
import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantId;
import guichet.platform.web.ConsoleEndpoint;
import guichet.platform.web.Origins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.servlet.view.RedirectView;

/**
 * Sign-up on the base host ({@code /signup}): the form, the sub-domain's availability and the monthly total as they
 * are typed (HTMX; without JavaScript the form still submits and answers), then Stripe's Checkout or the trial, and
 * the page that waits, showing each step, until the new portal is ready.
 */
@Controller
@ConsoleEndpoint
class SignupController {

    static final String FORM = "signup/form";
    static final String PROGRESS = "signup/progress";

    private final Signups signups;
    private final ModuleRegistry modules;
    private final TenancyProperties tenancy;

    SignupController(Signups signups, ModuleRegistry modules, TenancyProperties tenancy) {
        this.signups = signups;
        this.modules = modules;
        this.tenancy = tenancy;
    }

    @GetMapping("/signup")
    String form(@RequestParam(required = false) String cancelled, Model model, Locale locale) {
        if (cancelled != null) {
            model.addAttribute("problem", "signup.cancelled");
        }
        return form(new SignupForm(), List.of(), model, locale);
    }

    @GetMapping("/signup/availability")
    String availability(@RequestParam(defaultValue = "") String slug, Model model) {
        model.addAttribute("availability", signups.availability(slug).name());
        return FORM + " :: availability";
    }

    @PostMapping("/signup/total")
    String total(@ModelAttribute("form") SignupForm form, Model model, Locale locale) {
        model.addAttribute("total", total(form.getModules(), locale));
        return FORM + " :: total";
    }

    @PostMapping("/signup")
    Object start(
            @ModelAttribute("form") SignupForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            Signups.Started started = signups.start(form, request.getRemoteAddr(), Origins.of(request), locale);
            RedirectView next = new RedirectView(started.next(), started.next().startsWith("/"));
            next.setStatusCode(HttpStatus.SEE_OTHER);
            return next;
        } catch (SignupRefused refused) {
            boolean tooMany =
                    refused.problems().stream().anyMatch(p -> p.messageKey().equals("signup.error.tooMany"));
            response.setStatus(
                    tooMany ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form, refused.problems(), model, locale);
        }
    }

    @GetMapping("/signup/{id}")
    String progress(@PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute("signup", progressOf(id, request));
        return PROGRESS;
    }

    @GetMapping("/signup/{id}/progress")
    String progressFragment(@PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute("signup", progressOf(id, request));
        return PROGRESS + " :: steps";
    }

    private SignupProgress progressOf(String id, HttpServletRequest request) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        SignupRequest signup = signups.find(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new SignupProgress(
                signup.id().toString(),
                signup.displayName(),
                signup.status().name(),
                signup.trial(),
                signup.problem(),
                signup.administrator().email(),
                Origins.on(tenancy.subdomainHost(new TenantId(signup.slug())), request) + "/");
    }

    private String form(SignupForm form, List<SignupRefused.Problem> problems, Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (SignupRefused.Problem problem : problems) {
            if (problem.field().isEmpty()) {
                general.add(problem.messageKey());
            } else {
                errors.putIfAbsent(problem.field(), problem.messageKey());
            }
        }
        List<Offer> offers = new ArrayList<>();
        Map<String, ModulePrice> forSale = signups.forSale();
        for (ModuleDescriptor module : modules.all()) {
            ModulePrice price = forSale.get(module.id());
            if (price != null) {
                offers.add(new Offer(
                        module.id(),
                        module.name(locale),
                        MoneyFormat.format(price.monthlyAmount(), price.currency(), locale),
                        form.getModules().contains(module.id())));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        model.addAttribute("offers", offers);
        model.addAttribute("zones", SignupZones.CURRENCIES);
        model.addAttribute(
                "trialDays", signups.offersTrial() ? signups.trialLength().toDays() : 0);
        model.addAttribute("total", total(form.getModules(), locale));
        model.addAttribute("baseDomain", tenancy.baseDomain());
        return FORM;
    }

    /** The monthly total of the modules ticked, or an empty text when none is. */
    private String total(List<String> ticked, Locale locale) {
        Map<String, ModulePrice> forSale = signups.forSale();
        BigDecimal sum = BigDecimal.ZERO;
        Currency currency = null;
        for (String module : ticked) {
            ModulePrice price = forSale.get(module);
            if (price != null) {
                sum = sum.add(price.monthlyAmount());
                currency = price.currency();
            }
        }
        return currency == null ? "" : MoneyFormat.format(sum, currency, locale);
    }

    /** A module one can subscribe to, as the form lists it. */
    record Offer(String id, String name, String price, boolean ticked) {}

    /** What the waiting page shows. */
    record SignupProgress(
            String id, String organisation, String status, boolean trial, String problem, String email, String portal) {

        public boolean ready() {
            return "READY".equals(status);
        }

        public boolean failed() {
            return "FAILED".equals(status);
        }

        public boolean paid() {
            return !"PAYING".equals(status);
        }
    }
}
