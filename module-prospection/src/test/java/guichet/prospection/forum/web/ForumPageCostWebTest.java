package guichet.prospection.forum.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.prospection.forum.ForumCategory;
import guichet.prospection.forum.ForumMother;
import guichet.prospection.forum.Poster;
import guichet.prospection.forum.Question;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the forum's pages cost the database, counted and never timed: the list, a search, a category, a question with
 * its answers and the moderation queue run as many statements, in one transaction, with 80 posts as with 8, for a
 * visitor and for a moderator.
 */
@GuichetTest
@Import({ForumMother.class, PageCost.class})
class ForumPageCostWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    PageCost cost;

    @Autowired
    ForumMother mother;

    @Test
    void theForumPagesCostTheSameWithEightPostsAsWithEighty() {
        TenantProfile tenant = tenants.create("forumcost", "prospection");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        User customer = accounts.customer(tenant, "client");
        Poster staff = ForumMother.poster(agent, true);
        ForumCategory mobile = mother.category(tenant, "Mobile");
        mother.category(tenant, "Internet");
        Question first = mother.question(tenant, staff, mobile, "Question numéro zéro", "Le texte de la question.");
        posts(tenant, staff, mobile, first, 1, 8);

        TenantHttp.Client visitor = http.tenant(tenant);
        TenantHttp.Client moderator = http.tenant(tenant);
        moderator.signIn(agent.email(), TestAccounts.PASSWORD);
        TenantHttp.Client asker = http.tenant(tenant);
        asker.signIn(customer.email(), TestAccounts.PASSWORD);
        List<String> pages = List.of(
                "/prospection/forum",
                "/prospection/forum?q=question",
                "/prospection/forum?category=" + mobile.slug() + "&show=unsolved&sort=answerCount&dir=desc",
                "/prospection/forum/questions/" + first.number());
        List<TenantHttp.Client> readers = List.of(visitor, moderator, asker);

        List<PageCost.Cost> eight = costs(readers, pages, "8");
        PageCost.Cost queueEight = counted(moderator, "/prospection/forum/moderation", "queue 8");
        posts(tenant, staff, mobile, first, 8, 80);
        List<PageCost.Cost> eighty = costs(readers, pages, "80");
        PageCost.Cost queueEighty = counted(moderator, "/prospection/forum/moderation", "queue 80");

        for (int i = 0; i < eight.size(); i++) {
            compare(eight.get(i), eighty.get(i));
        }
        compare(queueEight, queueEighty);
    }

    private static void compare(PageCost.Cost eight, PageCost.Cost eighty) {
        String both = "80 posts: " + eighty.sql() + "\n8 posts: " + eight.sql();
        // A first page shorter than the page size needs no count of its rows; a full one does.
        assertThat(eighty.statements() - eighty.counts()).as(both).isEqualTo(eight.statements() - eight.counts());
        assertThat(eighty.counts()).as(both).isBetween(eight.counts(), eight.counts() + 1);
        assertThat(eight.transactions()).as("one transaction per page: " + both).isEqualTo(1);
        assertThat(eighty.transactions()).as(both).isEqualTo(1);
    }

    /** Questions {@code from} to {@code to}, and as many answers to the first one. */
    private void posts(TenantProfile tenant, Poster staff, ForumCategory category, Question first, int from, int to) {
        for (int i = from; i < to; i++) {
            mother.question(tenant, staff, category, "Question numéro " + i, "Le texte de la question " + i + ".");
            mother.answer(tenant, staff, first, "Réponse numéro " + i + ".");
        }
    }

    private List<PageCost.Cost> costs(List<TenantHttp.Client> readers, List<String> pages, String size) {
        return readers.stream()
                .flatMap(reader -> pages.stream()
                        .map(page -> counted(reader, page, page + " " + readers.indexOf(reader) + " " + size)))
                .toList();
    }

    /** The page once to warm what is loaded once per tenant, then counted. */
    private PageCost.Cost counted(TenantHttp.Client client, String path, String name) {
        assertThat(client.get(path).status()).as(path).isEqualTo(200);
        TenantHttp.Page page = client.getWithHeaders(path, PageCost.counting(name));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return cost.of(name);
    }
}
