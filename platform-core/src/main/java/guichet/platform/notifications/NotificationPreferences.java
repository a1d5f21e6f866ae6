package guichet.platform.notifications;

import guichet.platform.identity.GuichetUser;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notification each user gets by e-mail and which on the platform. A user is offered the kinds of his
 * audience (staff or customer) that belong to platform core or to a module his tenant has; until he chooses, a kind's
 * defaults apply.
 */
@Service
public class NotificationPreferences {

    private final NotificationKinds kinds;
    private final Preferences preferences;
    private final ModuleRegistry modules;
    private final CurrentTenant tenant;
    private final Clock clock;

    NotificationPreferences(
            NotificationKinds kinds,
            Preferences preferences,
            ModuleRegistry modules,
            CurrentTenant tenant,
            Clock clock) {
        this.kinds = kinds;
        this.preferences = preferences;
        this.modules = modules;
        this.tenant = tenant;
        this.clock = clock;
    }

    /**
     * One kind as a user receives it.
     *
     * @param kind the kind
     * @param email whether he gets it by e-mail
     * @param inApp whether he gets it on the platform
     */
    public record Choice(NotificationKind kind, boolean email, boolean inApp) {}

    /** The kinds offered to a user, in the order of their ids, with what he receives of each. */
    @Transactional(readOnly = true)
    public List<Choice> of(GuichetUser user) {
        Map<String, Preference> chosen = preferences.findByUser(user.id().value()).stream()
                .collect(Collectors.toMap(Preference::kind, Function.identity()));
        return offeredTo(user).stream()
                .map(kind -> {
                    Preference preference = chosen.get(kind.id());
                    return preference == null
                            ? new Choice(kind, kind.emailByDefault(), kind.inAppByDefault())
                            : new Choice(kind, preference.byEmail(), preference.inApp());
                })
                .toList();
    }

    /**
     * Records a user's choices for every kind offered to him: those named in {@code byEmail} he gets by e-mail, those in
     * {@code inApp} on the platform, the others not at all.
     *
     * @throws IllegalArgumentException if a set names a kind not offered to him; nothing is recorded then
     */
    @Transactional
    public void change(GuichetUser user, Set<String> byEmail, Set<String> inApp) {
        List<NotificationKind> offered = offeredTo(user);
        Set<String> unknown = new HashSet<>(byEmail);
        unknown.addAll(inApp);
        offered.forEach(kind -> unknown.remove(kind.id()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Notification kinds not offered to this user: " + unknown);
        }
        for (NotificationKind kind : offered) {
            boolean email = byEmail.contains(kind.id());
            boolean app = inApp.contains(kind.id());
            preferences
                    .find(user.id().value(), kind.id())
                    .ifPresentOrElse(
                            preference -> preference.choose(email, app, clock.instant()),
                            () -> preferences.save(
                                    new Preference(user.id().value(), kind.id(), email, app, clock.instant())));
        }
    }

    private List<NotificationKind> offeredTo(GuichetUser user) {
        TenantProfile profile = tenant.profile();
        return kinds.all().stream()
                .filter(kind -> kind.audience().includes(user))
                .filter(kind -> modules.find(kind.module())
                        .map(module -> profile.hasModule(module.id()))
                        .orElse(true))
                .toList();
    }
}
