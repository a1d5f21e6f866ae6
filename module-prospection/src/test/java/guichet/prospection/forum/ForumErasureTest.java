package guichet.prospection.forum;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerAnonymised;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * An anonymised customer's words and name leave the forum, and its search, while his posts keep their place in their
 * threads and the others' answers stay as they were.
 */
@GuichetTest
@Import(ForumMother.class)
class ForumErasureTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ForumMother mother;

    @Autowired
    ForumReading reading;

    @Autowired
    Answers answers;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anAnonymisedCustomersPostsLoseHisWordsAndNameButKeepTheirThreads() {
        TenantProfile tenant = tenants.create("oubliforum", "prospection");
        User forgotten = accounts.customer(tenant, "oubli");
        User other = accounts.customer(tenant, "reste");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        ForumCategory delivery = mother.category(tenant, "Livraison");
        Question his = mother.question(
                tenant,
                ForumMother.poster(forgotten, false),
                delivery,
                "Colis jamais arrivé",
                "Mon adresse est le 12 rue des Lilas, personne n'a sonné.");
        Answer reply = mother.answer(
                tenant, ForumMother.poster(agent, true), his, "Nous relançons le transporteur aujourd'hui.");
        Question theirs = mother.question(
                tenant,
                ForumMother.poster(other, false),
                delivery,
                "Délai de livraison à Sfax",
                "Combien de jours pour une livraison à Sfax ?");
        Answer his2 = mother.answer(
                tenant, ForumMother.poster(forgotten, false), theirs, "Chez moi, trois jours, rue des Lilas.");
        assertThat(found(tenant, "lilas")).containsExactlyInAnyOrder(his.number(), theirs.number());

        mother.in(tenant, () -> {
            events.publishEvent(
                    new CustomerAnonymised(tenant.id(), forgotten.customer().orElseThrow()));
            return null;
        });

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(mother.reread(tenant, his).body()).isEqualTo(ForumErasure.ERASED));
        Question erased = mother.reread(tenant, his);
        assertThat(erased.authorName()).isEqualTo(ForumErasure.ERASED);
        assertThat(erased.title()).isEqualTo("Colis jamais arrivé");
        assertThat(mother.in(
                        tenant, () -> answers.findById(reply.id()).orElseThrow().body()))
                .isEqualTo("Nous relançons le transporteur aujourd'hui.");
        Answer hisAnswer = mother.in(tenant, () -> answers.findById(his2.id()).orElseThrow());
        assertThat(hisAnswer.body()).isEqualTo(ForumErasure.ERASED);
        assertThat(hisAnswer.authorName()).isEqualTo(ForumErasure.ERASED);
        assertThat(mother.reread(tenant, theirs).body()).isEqualTo("Combien de jours pour une livraison à Sfax ?");
        assertThat(found(tenant, "lilas")).isEmpty();
        assertThat(found(tenant, "transporteur")).containsExactly(his.number());
        assertThat(found(tenant, "Sfax")).containsExactly(theirs.number());
    }

    private java.util.List<Long> found(TenantProfile tenant, String text) {
        return mother.in(
                tenant,
                () -> reading.questions(new ForumQuery(text, null, ForumQuery.Filter.ALL), PageRequest.of(0, 20))
                        .map(Question::number)
                        .getContent());
    }
}
