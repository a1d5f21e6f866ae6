package guichet.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/**
 * The same message agrees with each tenant's noun: its gender and elision in French, its number through the
 * language's plural rules (Arabic's dual among them), with the tenant's forms as it typed them.
 */
@GuichetTest
class AgreementTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Autowired
    TestTenants tenants;

    @Autowired
    MessageSource messages;

    @Autowired
    Nouns nouns;

    @Autowired
    TenantCatalog catalog;

    TenantProfile standard;
    TenantProfile tickets;
    TenantProfile incidents;
    TenantProfile assistance;

    @BeforeEach
    void tenants() {
        standard = tenants.create("agree");
        tickets = tenants.create("agree", "base", noun("ticket", "tickets", "masculine"));
        incidents = tenants.create("agree", "base", noun("incident", "incidents", "masculine"));
        assistance = tenants.create(
                "agree",
                "base",
                Map.of(
                        "fr",
                                Map.of(
                                        "noun.ticket.singular", "demande d'assistance",
                                        "noun.ticket.plural", "demandes d'assistance",
                                        "noun.ticket.gender", "feminine"),
                        "en",
                                Map.of(
                                        "noun.ticket.singular", "support request",
                                        "noun.ticket.plural", "support requests"),
                        "ar",
                                Map.of(
                                        "noun.ticket.singular", "طلب مساعدة",
                                        "noun.ticket.plural", "طلبات مساعدة",
                                        "noun.ticket.dual", "طلبا مساعدة",
                                        "noun.ticket.definite", "طلبات المساعدة",
                                        "noun.ticket.gender", "masculine")));
    }

    @Test
    void aFrenchMessageAgreesWithAFeminineAndAMasculineNounAndElides() {
        assertThat(say(standard, "grammar.created")).isEqualTo("La réclamation a été créée.");
        assertThat(say(tickets, "grammar.created")).isEqualTo("Le ticket a été créé.");
        assertThat(say(incidents, "grammar.created")).isEqualTo("L'incident a été créé.");
        assertThat(say(assistance, "grammar.created")).isEqualTo("La demande d'assistance a été créée.");

        assertThat(say(standard, "term.ticket.new")).isEqualTo("Nouvelle réclamation");
        assertThat(say(tickets, "term.ticket.new")).isEqualTo("Nouveau ticket");
        assertThat(say(incidents, "term.ticket.new")).isEqualTo("Nouvel incident");
        assertThat(say(assistance, "term.ticket.new")).isEqualTo("Nouvelle demande d'assistance");
        assertThat(say(tickets, "term.ticket.none")).isEqualTo("Aucun ticket pour le moment.");
        assertThat(say(assistance, "term.tickets")).isEqualTo("Demandes d'assistance");
        assertThat(say(assistance, "term.ticket.my")).isEqualTo("Mes demandes d'assistance");
    }

    @Test
    void aCountAgreesInNumberAndGender() {
        assertThat(say(standard, "grammar.open", 1)).isEqualTo("1 réclamation ouverte");
        assertThat(say(standard, "grammar.open", 3)).isEqualTo("3 réclamations ouvertes");
        assertThat(say(tickets, "grammar.open", 0)).isEqualTo("0 ticket ouvert");
        assertThat(say(tickets, "grammar.open", 3)).isEqualTo("3 tickets ouverts");
        assertThat(say(assistance, "grammar.open", 1200L)).isEqualTo("1\u202f200 demandes d'assistance ouvertes");
        assertThat(say(assistance, "grammar.open", Locale.ENGLISH, 1)).isEqualTo("1 open support request");
        assertThat(say(assistance, "grammar.open", Locale.ENGLISH, 2)).isEqualTo("2 open support requests");
    }

    @Test
    void anArabicCountTakesTheSingularTheDualOrThePluralAndAgrees() {
        assertThat(say(standard, "grammar.open", ARABIC, 1)).isEqualTo("شكوى واحدة مفتوحة");
        assertThat(say(standard, "grammar.open", ARABIC, 2)).isEqualTo("شكويان مفتوحتان");
        assertThat(say(standard, "grammar.open", ARABIC, 3)).isEqualTo("3 شكاوى مفتوحة");
        assertThat(say(standard, "grammar.open", ARABIC, 11)).isEqualTo("11 شكوى مفتوحة");
        assertThat(say(assistance, "grammar.open", ARABIC, 1)).isEqualTo("طلب مساعدة واحد مفتوح");
        assertThat(say(assistance, "grammar.open", ARABIC, 2)).isEqualTo("طلبا مساعدة مفتوحان");
        assertThat(say(assistance, "term.ticket.new", ARABIC)).isEqualTo("طلب مساعدة جديد");
        assertThat(say(assistance, "term.tickets", ARABIC)).isEqualTo("طلبات المساعدة");
        assertThat(say(standard, "term.ticket.new", ARABIC)).isEqualTo("شكوى جديدة");
    }

    @Test
    void plainMessagesAndATenantsOwnWordingOfAMessageAreLeftAsTheyWere() {
        assertThat(say(tickets, "grammar.plain", "x")).isEqualTo("Rien n'est à accorder dans x.");
        TenantProfile worded =
                tenants.create("agree", "base", Map.of("fr", Map.of("term.ticket.new", "Déposer une demande d'aide")));
        assertThat(say(worded, "term.ticket.new")).isEqualTo("Déposer une demande d'aide");
        assertThat(messages.getMessage("term.ticket.new", null, Locale.FRENCH))
                .as("outside any tenant, the default noun")
                .isEqualTo("Nouvelle réclamation");
    }

    @Test
    void aTenantChangesItsNounOrGoesBackToTheDefaultOne() {
        TenantProfile tenant = tenants.create("agree");
        nouns.change(
                tenant.id(),
                "ticket",
                Locale.FRENCH,
                new Noun("intervention", "interventions", null, null, Noun.Gender.FEMININE));
        assertThat(say(tenant, "grammar.created")).isEqualTo("L'intervention a été créée.");
        assertThat(say(tenant, "term.ticket.new")).isEqualTo("Nouvelle intervention");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> nouns.change(
                        tenant.id(),
                        "ticket",
                        Locale.FRENCH,
                        new Noun("ticket", "tickets", null, null, Noun.Gender.NEUTER)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> nouns.change(
                        tenant.id(),
                        "ticket",
                        ARABIC,
                        new Noun("تذكرة", "تذاكر", null, "التذاكر", Noun.Gender.FEMININE)));
        assertThat(say(tenant, "grammar.created")).as("nothing saved").isEqualTo("L'intervention a été créée.");

        nouns.change(tenant.id(), "ticket", Locale.FRENCH, null);
        assertThat(say(tenant, "grammar.created")).isEqualTo("La réclamation a été créée.");
        assertThat(nouns.own(catalog.find(tenant.id()).orElseThrow(), "ticket", Locale.FRENCH))
                .isEmpty();
    }

    private String say(TenantProfile tenant, String key, Object... args) {
        return say(tenant, key, Locale.FRENCH, args);
    }

    private String say(TenantProfile tenant, String key, Locale language, Object... args) {
        return TenantContext.call(tenant.id(), () -> messages.getMessage(key, args, language));
    }

    private static Map<String, Map<String, String>> noun(String singular, String plural, String gender) {
        return Map.of(
                "fr",
                Map.of(
                        "noun.ticket.singular", singular,
                        "noun.ticket.plural", plural,
                        "noun.ticket.gender", gender));
    }

    /** A module whose messages are written to agree, as the claims module's are. */
    @TestConfiguration
    static class GrammarModule {

        @Bean
        ModuleDescriptor grammarModule() {
            return new ModuleDescriptor(
                    "grammar",
                    Map.of("fr", "Grammaire", "en", "Grammar", "ar", "نحو"),
                    List.of(),
                    List.of(),
                    "grammar",
                    97);
        }
    }
}
