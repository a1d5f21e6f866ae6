package guichet.demo;

import guichet.platform.contact.ContactDesk;
import guichet.platform.contact.ContactMessage;
import guichet.platform.contact.NewContactMessage;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.modules.DemoContent;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Messages to the administrators in atlas and sav (issue 22), so a visitor finds the inbox, his messages and the
 * console's passed-on list with content: the demo customer's bug report, answered; the demo agent's question, passed on
 * to the platform owner.
 */
@Component
@Order(90)
class ContactDemo implements DemoContent {

    private static final List<String> TENANTS = List.of("atlas", "sav");

    private final ContactDesk desk;
    private final Users users;

    ContactDemo(ContactDesk desk, Users users) {
        this.desk = desk;
        this.users = users;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (!TENANTS.contains(tenant.slug())) {
            return;
        }
        GuichetUser admin = user(tenant, "admin", Role.TENANT_ADMIN);
        GuichetUser customer = user(tenant, "customer", Role.CUSTOMER);
        GuichetUser agent = user(tenant, "agent", Role.AGENT);
        ContactMessage bug = desk.send(
                customer,
                new NewContactMessage(
                        ContactMessage.Kind.BUG,
                        "La liste de mes suivis ne s'affiche pas en entier",
                        "Sur mon téléphone, la dernière colonne du tableau est coupée et je ne vois pas le statut.",
                        "/claims/my"),
                null);
        desk.answer(
                admin,
                bug,
                "Merci pour votre signalement. Faites défiler le tableau vers la droite : la colonne du statut y est."
                        + " Nous corrigeons l'affichage.");
        ContactMessage question = desk.send(
                agent,
                new NewContactMessage(
                        ContactMessage.Kind.QUESTION,
                        "Exporter la liste des clients en Excel ?",
                        "Est-il possible d'exporter la liste filtrée des clients au format Excel plutôt qu'en CSV ?",
                        "/customers"),
                null);
        desk.passOn(admin, desk.find(question.id()).orElseThrow(), "Une fonction prévue de la plateforme ?");
    }

    private GuichetUser user(TenantProfile tenant, String who, Role role) {
        User user = users.findByEmail(who + "@" + tenant.slug() + ".demo").orElseThrow();
        return new GuichetUser(
                tenant.id(),
                user.id(),
                user.identitySubject().orElse(who),
                user.email(),
                user.displayName(),
                Set.of(role),
                Set.of(),
                user.customer().orElse(null),
                null);
    }
}
