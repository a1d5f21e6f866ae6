package guichet.platform.signup;

import com.stripe.model.checkout.Session;
import guichet.platform.billing.BillingUnavailable;
import guichet.platform.billing.ModulePrice;
import guichet.platform.billing.ModulePrices;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.provisioning.TenantRequestRejected;
import guichet.platform.subscriptions.SubscriptionSync;
import guichet.platform.subscriptions.TenantBilling;
import guichet.platform.subscriptions.UnclaimedCheckouts;
import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.ModuleState;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantJobs;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.text.EmailAddresses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisations signing themselves up: the form checked (sub-domain free and not reserved, an administrator, modules
 * for sale), then Stripe Checkout for the modules' subscription, or a trial without a card; the tenant is created when
 * Stripe confirms the payment (the completed Checkout's webhook), or at once for a trial, with its first administrator.
 */
@Service
public class Signups implements UnclaimedCheckouts {

    /** Sub-domains nobody may take: the platform's own and those that would mislead. */
    public static final Set<String> RESERVED = Set.of(
            "www",
            "api",
            "app",
            "admin",
            "console",
            "signup",
            "billing",
            "login",
            "auth",
            "account",
            "accounts",
            "keycloak",
            "sso",
            "mail",
            "smtp",
            "imap",
            "pop",
            "webmail",
            "static",
            "assets",
            "cdn",
            "status",
            "help",
            "support",
            "docs",
            "blog",
            "platform",
            "guichet",
            "stripe",
            "pay",
            "payment",
            "dev",
            "test",
            "demo",
            "localhost",
            "root",
            "system");

    /** The theme a signed-up tenant starts with; its administrator changes it later. */
    static final String DEFAULT_THEME = "base";

    /** A slug's shape, as the catalogue's constraint has it; a well-shaped one that is no valid id is reserved. */
    private static final java.util.regex.Pattern SLUG_SHAPE =
            java.util.regex.Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,29}");

    private static final Logger log = LoggerFactory.getLogger(Signups.class);
    private static final Set<SignupRequest.Status> OPEN =
            EnumSet.of(SignupRequest.Status.PAYING, SignupRequest.Status.PROVISIONING);

    private final SignupRequests requests;
    private final TenantCatalog catalog;
    private final ModuleRegistry modules;
    private final ModulePrices prices;
    private final TenantBilling billing;
    private final SubscriptionSync subscriptions;
    private final Onboarding onboarding;
    private final SignupSettings settings;
    private final TrialLength trialLength;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final Executor executor;
    private final Clock clock;

    Signups(
            SignupRequests requests,
            TenantCatalog catalog,
            ModuleRegistry modules,
            ModulePrices prices,
            TenantBilling billing,
            SubscriptionSync subscriptions,
            Onboarding onboarding,
            SignupSettings settings,
            TrialLength trialLength,
            TransactionTemplate transactions,
            TenantJobs jobs,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor,
            Clock clock) {
        this.requests = requests;
        this.catalog = catalog;
        this.modules = modules;
        this.prices = prices;
        this.billing = billing;
        this.subscriptions = subscriptions;
        this.onboarding = onboarding;
        this.settings = settings;
        this.trialLength = trialLength;
        this.transactions = transactions;
        this.locks = jobs.locks();
        this.executor = executor;
        this.clock = clock;
    }

    /** Whether a sub-domain can be had, as the form says it while it is typed. */
    public Availability availability(String typed) {
        String slug = typed.strip().toLowerCase(Locale.ROOT);
        if (slug.isEmpty()) {
            return Availability.EMPTY;
        }
        if (!SLUG_SHAPE.matcher(slug).matches()) {
            return Availability.INVALID;
        }
        if (RESERVED.contains(slug) || !TenantId.isValid(slug)) {
            return Availability.RESERVED;
        }
        TenantId id = new TenantId(slug);
        boolean pending = TenantContext.callAsPlatform(
                () -> transactions.execute(status -> requests.existsBySlugAndStatusIn(slug, OPEN)));
        return catalog.exists(id) || Boolean.TRUE.equals(pending) ? Availability.TAKEN : Availability.AVAILABLE;
    }

    /** The modules one can subscribe to online, with their monthly price, in navigation order. */
    public Map<String, ModulePrice> forSale() {
        Map<String, ModulePrice> priced = prices.all();
        Map<String, ModulePrice> forSale = new java.util.LinkedHashMap<>();
        modules.all().forEach(module -> {
            ModulePrice price = priced.get(module.id());
            if (price != null && (price.stripePriceId() != null || !billing.online())) {
                forSale.put(module.id(), price);
            }
        });
        return forSale;
    }

    public boolean offersTrial() {
        Duration trial = trialLength.current();
        return !trial.isZero() && !trial.isNegative();
    }

    public Duration trialLength() {
        return trialLength.current();
    }

    /**
     * Starts a sign-up.
     *
     * @param base the base host's address Stripe's Checkout comes back to ({@code https://guichet.example})
     * @return where the visitor goes next: Stripe's Checkout, or the waiting page of a trial
     * @throws SignupRefused with each field's problem, nothing recorded
     */
    public Started start(SignupForm form, String clientAddress, String base, Locale locale) {
        List<SignupRefused.Problem> problems = check(form);
        Instant now = clock.instant();
        long recent = TenantContext.callAsPlatform(() -> transactions.execute(status ->
                requests.countByClientAddressAndCreatedAtAfter(clientAddress, now.minus(Duration.ofHours(1)))));
        if (recent >= settings.perAddressPerHour()) {
            problems.add(new SignupRefused.Problem("", "signup.error.tooMany"));
        }
        if (!problems.isEmpty()) {
            throw new SignupRefused(problems);
        }
        boolean trial = form.isTrial() && offersTrial();
        if (!trial && !billing.online()) {
            throw new SignupRefused(List.of(new SignupRefused.Problem("", "signup.error.offline")));
        }
        SignupRequest request = TenantContext.callAsPlatform(() ->
                transactions.execute(status -> requests.save(new SignupRequest(form, trial, clientAddress, now))));
        if (trial) {
            executor.execute(() -> provisionTrial(request.id()));
            return new Started(request.id(), "/signup/" + request.id());
        }
        try {
            String checkout = billing.checkoutForSignup(
                    request.id().toString(),
                    request.displayName(),
                    request.administrator().email(),
                    request.modules(),
                    locale,
                    base + "/signup/" + request.id(),
                    base + "/signup?cancelled");
            return new Started(request.id(), checkout);
        } catch (BillingUnavailable e) {
            mark(request.id(), r -> r.failed("signup.error.stripe", clock.instant()));
            throw new SignupRefused(List.of(new SignupRefused.Problem("", "billing.refused.unavailable")));
        }
    }

    public Optional<SignupRequest> find(UUID id) {
        return TenantContext.callAsPlatform(() -> transactions.execute(status -> requests.findById(id)));
    }

    /** A paid sign-up's Checkout completed: the tenant is created and adopts the subscription Stripe made. */
    @Override
    public boolean completed(Session session) {
        String signup =
                session.getMetadata() == null ? null : session.getMetadata().get("signup");
        if (signup == null) {
            return false;
        }
        UUID id;
        try {
            id = UUID.fromString(signup);
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
        SignupRequest request = find(id).orElse(null);
        if (request == null || request.status() == SignupRequest.Status.READY) {
            return request != null;
        }
        mark(id, r -> r.provisioning(clock.instant()));
        TenantId tenant = new TenantId(request.slug());
        if (!catalog.exists(tenant)) {
            open(request, List.of());
        }
        subscriptions.adopt(tenant, session.getCustomer(), session.getSubscription());
        mark(id, r -> r.ready(clock.instant()));
        log.info("Sign-up {} paid: tenant {} opened", id, tenant);
        return true;
    }

    private void provisionTrial(UUID id) {
        SignupRequest request = find(id).orElseThrow();
        try {
            TenantProfile tenant = open(request, List.of());
            Instant now = clock.instant();
            for (String module : request.modules()) {
                catalog.entitle(
                        tenant.id(),
                        new Entitlement(
                                module, ModuleOrigin.TRIAL, ModuleState.ACTIVE, now, now.plus(trialLength()), now));
            }
            mark(id, r -> r.ready(clock.instant()));
        } catch (TenantRequestRejected e) {
            mark(id, r -> r.failed("signup.error.taken", clock.instant()));
        } catch (RuntimeException e) {
            log.error("Trial sign-up {} failed", id, e);
            mark(id, r -> r.failed("signup.error.failed", clock.instant()));
        }
    }

    private TenantProfile open(SignupRequest request, List<String> granted) {
        String zone = request.zone();
        return onboarding.open(
                new NewTenant(
                        new TenantId(request.slug()),
                        request.displayName(),
                        Locale.FRENCH,
                        SignupZones.zone(zone).orElseThrow(),
                        SignupZones.currency(zone),
                        DEFAULT_THEME,
                        granted,
                        Map.of(),
                        IdentitySettings.DEFAULT),
                request.administrator(),
                "sign-up");
    }

    /** {@link #endTrials()} now and then, by one instance at a time. */
    @org.springframework.scheduling.annotation.Scheduled(
            fixedDelayString = "${guichet.billing.sweep:1h}",
            initialDelayString = "${guichet.billing.sweep:1h}")
    void scheduledEndTrials() {
        locks.executeWithLock(
                (Runnable) this::endTrials,
                new LockConfiguration(clock.instant(), "signup-trials", Duration.ofMinutes(30), Duration.ZERO));
    }

    /**
     * Trial modules past their end turn read-only, as unpaid ones do; subscribing makes them Stripe's.
     *
     * @return how many modules it turned read-only
     */
    public int endTrials() {
        Instant now = clock.instant();
        int ended = 0;
        for (TenantProfile tenant : catalog.all()) {
            for (Entitlement entitlement : tenant.entitlements().values()) {
                if (entitlement.origin() == ModuleOrigin.TRIAL
                        && entitlement.state() == ModuleState.ACTIVE
                        && entitlement.periodEnd() != null
                        && !now.isBefore(entitlement.periodEnd())) {
                    catalog.changeModuleState(tenant.id(), entitlement.moduleId(), ModuleState.READ_ONLY);
                    ended++;
                }
            }
        }
        return ended;
    }

    private List<SignupRefused.Problem> check(SignupForm form) {
        List<SignupRefused.Problem> problems = new ArrayList<>();
        String name = form.getOrganisation().strip();
        if (name.isEmpty() || name.length() > 120) {
            problems.add(new SignupRefused.Problem("organisation", "signup.error.organisation"));
        }
        switch (availability(form.getSlug())) {
            case EMPTY, INVALID -> problems.add(new SignupRefused.Problem("slug", "signup.error.slug.invalid"));
            case RESERVED -> problems.add(new SignupRefused.Problem("slug", "signup.error.slug.reserved"));
            case TAKEN -> problems.add(new SignupRefused.Problem("slug", "signup.error.slug.taken"));
            case AVAILABLE -> {}
        }
        if (form.getLastName().isBlank() || form.getLastName().length() > 80) {
            problems.add(new SignupRefused.Problem("lastName", "signup.error.lastName"));
        }
        if (!EmailAddresses.isValid(form.getEmail())) {
            problems.add(new SignupRefused.Problem("email", "signup.error.email"));
        }
        if (SignupZones.zone(form.getZone()).isEmpty()) {
            problems.add(new SignupRefused.Problem("zone", "signup.error.zone"));
        }
        Map<String, ModulePrice> forSale = forSale();
        if (form.getModules().isEmpty() || !forSale.keySet().containsAll(form.getModules())) {
            problems.add(new SignupRefused.Problem("modules", "signup.error.modules"));
        }
        return problems;
    }

    private void mark(UUID id, java.util.function.Consumer<SignupRequest> change) {
        TenantContext.runAsPlatform(() -> transactions.executeWithoutResult(
                status -> requests.findById(id).ifPresent(change)));
    }

    /** What the form says of a sub-domain. */
    public enum Availability {
        EMPTY,
        INVALID,
        RESERVED,
        TAKEN,
        AVAILABLE
    }

    /** A sign-up started: its id and where the visitor goes now. */
    public record Started(UUID id, String next) {}
}
