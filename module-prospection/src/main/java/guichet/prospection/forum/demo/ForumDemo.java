package guichet.prospection.forum.demo;

import guichet.platform.modules.DemoContent;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.prospection.forum.Answer;
import guichet.prospection.forum.Forum;
import guichet.prospection.forum.ForumCategory;
import guichet.prospection.forum.Poster;
import guichet.prospection.forum.Question;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Atlas's help forum as a visitor expects to find it, in French: four categories, a welcome message pinned by the
 * team, a customer's question answered by an agent and marked solved, one answered by another customer, one still
 * waiting for an answer. A visitor reads it at once at {@code /prospection/forum}; searching « 4G » finds two.
 */
@Component
@Order(70)
class ForumDemo implements DemoContent {

    /** Where the demo's posts say they came from: no real address is known. */
    private static final String DEMO_ADDRESS = "demo";

    private final Forum forum;
    private final Users users;

    ForumDemo(Forum forum, Users users) {
        this.forum = forum;
        this.users = users;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (!tenant.id().slug().equals("atlas") || !tenant.hasModule("prospection")) {
            return;
        }
        Poster agent = poster("agent@atlas.demo", true, true);
        Poster seller = poster("seller@atlas.demo", true, false);
        Poster customer = poster("customer@atlas.demo", false, false);
        ForumCategory mobile = forum.addCategory(
                "Mobile et forfaits", "Forfaits, recharges, 4G, portabilité du numéro et téléphones.");
        ForumCategory internet =
                forum.addCategory("Internet et fibre", "Fibre, ADSL, clés 4G et box : installation et pannes.");
        ForumCategory bills = forum.addCategory("Factures et paiements", "Lire sa facture, payer, contester.");
        forum.addCategory("Boutiques et services", "Horaires, services des boutiques et rendez-vous.");

        Question welcome = forum.ask(
                agent,
                mobile.slug(),
                "Bienvenue sur le forum d'aide d'Atlas Télécom",
                "Posez ici vos questions sur nos offres, vos factures et nos services : l'équipe Atlas et les autres"
                        + " clients vous répondent. Vous n'êtes pas encore client ? Créez un compte pour poser votre"
                        + " question.\n\nMerci de ne jamais publier votre mot de passe ni votre numéro de carte.");
        forum.moderate(welcome, Forum.Action.PIN, null);
        forum.moderate(welcome, Forum.Action.LOCK, null);

        Question fourG = forum.ask(
                customer,
                mobile.slug(),
                "Comment activer la 4G sur mon téléphone ?",
                "Bonjour, j'ai acheté un Smartphone A15 en boutique mais il reste en 3G. Faut-il changer de puce ou"
                        + " activer une option ?");
        Answer solution = forum.answer(
                agent,
                fourG,
                "Bonjour, votre puce prépayée est déjà compatible 4G. Ouvrez Paramètres > Réseaux mobiles > Mode"
                        + " réseau et choisissez « 4G/3G/2G automatique », puis redémarrez le téléphone. Si la 4G"
                        + " n'apparaît toujours pas, passez dans l'une de nos boutiques avec votre pièce d'identité.");
        forum.markSolution(customer, fourG, solution.id());
        forum.answer(customer, fourG, "Merci, c'était bien le mode réseau : la 4G fonctionne !");

        Question fibre = forum.ask(
                seller,
                internet.slug(),
                "Quel débit réel attendre avec la Fibre 100 Mbit/s en Wi-Fi ?",
                "Des clients me demandent souvent pourquoi ils mesurent 60 Mbit/s en Wi-Fi. Que leur conseiller ?");
        forum.answer(
                agent,
                fibre,
                "En Wi-Fi 5 GHz, près de la box, comptez 80 à 95 Mbit/s ; à travers deux murs, souvent la moitié."
                        + " Pour mesurer le débit réel, branchez un ordinateur en Ethernet.");

        forum.ask(
                customer,
                bills.slug(),
                "Peut-on recevoir la facture de la clé 4G par e-mail ?",
                "Je reçois encore la facture de ma clé 4G par courrier. Est-il possible de la recevoir par e-mail"
                        + " uniquement ?");
    }

    private Poster poster(String email, boolean staff, boolean moderator) {
        User user = users.findByEmail(email).orElseThrow();
        return new Poster(user.id(), user.displayName(), staff, moderator, DEMO_ADDRESS);
    }
}
