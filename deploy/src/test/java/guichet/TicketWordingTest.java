package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Status;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.TestPropertySource;

/**
 * Every message names the ticket by the tenant's own word and agrees with it (issue 24, bug 8): atlas's « réclamation »
 * never reads « La demande a été créée », sav's « ticket » never « Ouverte ». No message of any bundle, in any language,
 * names it with a fixed word; the nouns' definitions ({@code noun.*}) and the terms built on them ({@code term.*}) are
 * where the words live.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class TicketWordingTest {

    private static final Pattern BUNDLE = Pattern.compile(".*/messages/([a-z]+)_([a-z]{2})\\.properties$");

    /** The arguments that name the ticket: they are no fixed word. */
    private static final Pattern TICKET_ARGUMENT = Pattern.compile(
            "\\{\\s*(?:ticket|tickets|Ticket|Tickets|ticketGender|ticketStart|ticketDual|ticketsDefinite)\\b");

    /** The words each language names the ticket by. */
    private static final Map<String, Pattern> FIXED_WORDS = Map.of(
            "fr",
                    Pattern.compile(
                            "\\b(demandes?|r[ée]clamations?|tickets?)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
            "en",
                    Pattern.compile(
                            "\\b(requests?|claims?|tickets?)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));

    /** In Arabic, the words for a request, a ticket and a complaint, bare, with the article or a pronoun. */
    private static final Set<String> ARABIC_WORDS = Set.of(
            "طلب",
            "طلبا",
            "طلبات",
            "الطلب",
            "الطلبات",
            "طلبك",
            "طلبي",
            "طلبه",
            "طلباته",
            "طلباتهم",
            "طلباتكم",
            "بطلب",
            "بالطلب",
            "تذكرة",
            "التذكرة",
            "تذكرتك",
            "تذاكر",
            "التذاكر",
            "بالتذكرة",
            "شكوى",
            "الشكوى",
            "شكاوى",
            "الشكاوى",
            "شكواك",
            "بالشكوى");

    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}&&[\\p{L}\\p{M}]]+");

    /**
     * Messages where one of these words means something else than the ticket, and why. A key stands for every language
     * unless the reason names one.
     */
    private static final Map<String, String> OTHER_MEANINGS = Map.ofEntries(
            Map.entry("claims.precision.ask", "ar: طلب توضيح, a request for details, as « demander une précision »"),
            Map.entry("claims.action.ASKED_PRECISION", "ar: the verb طلب, « asked »"),
            Map.entry("history.action.TICKET_ASKED_PRECISION", "ar: the verb طلب, « asked »"),
            Map.entry("customers.anonymised.notice", "« à sa demande »: the customer's wish"),
            Map.entry("customers.permission.anonymise", "« à sa demande »: the customer's wish"),
            Map.entry("customers.privacy.anonymise.help", "« à la demande du client »: the customer's wish"),
            Map.entry("customers.privacy.anonymise.confirm", "ar: طلب العميل, the customer asked for it"),
            Map.entry("history.action.SEND_RESET_PASSWORD", "a forgotten-password request"),
            Map.entry("history.action.ORDER_REGISTERED", "ar: طلب شراء, a purchase order"),
            Map.entry("api.problem.bad-request", "the HTTP request"),
            Map.entry("api.problem.invalid", "the HTTP request"),
            Map.entry("api.problem.unreadable", "the HTTP request"),
            Map.entry("quotes.module.summary", "quote requests"),
            Map.entry(
                    "vocabulary.noun.ticket",
                    "the vocabulary page describes the thing a tenant names there, whatever its name"),
            Map.entry(
                    "vocabulary.lead.ticket",
                    "the vocabulary page describes the thing a tenant names there, whatever its name"));

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Autowired
    MessageSource messages;

    @Autowired
    ClaimSettings settings;

    @Test
    void noMessageNamesTheTicketWithAFixedWord() throws IOException {
        List<String> fixed = new ArrayList<>();
        int read = 0;
        for (Resource resource : resources.getResources("classpath*:messages/*.properties")) {
            Matcher name = BUNDLE.matcher(resource.getURL().toString());
            if (!name.matches()) {
                continue;
            }
            String language = name.group(2);
            Properties bundle = new Properties();
            try (InputStream in = resource.getInputStream()) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                read++;
                if (key.startsWith("noun.") || key.startsWith("term.") || OTHER_MEANINGS.containsKey(key)) {
                    continue;
                }
                String text = TICKET_ARGUMENT.matcher(bundle.getProperty(key)).replaceAll("{");
                String word = fixedWord(language, text);
                if (word != null) {
                    fixed.add(name.group(1) + "_" + language + ": " + key + " says « " + word + " »");
                }
            }
        }
        assertThat(read).as("messages read").isGreaterThan(3000);
        assertThat(fixed).as("messages naming the ticket with a fixed word").isEmpty();
    }

    @Test
    void theMessagesAgreeWithEachTenantsNoun() {
        // sav and helpdesk: « ticket », masculine in French, تذكرة feminine in Arabic.
        assertThat(say("sav", "claims.opened")).isEqualTo("Le ticket a été créé.");
        assertThat(say("sav", "claims.settings.title")).isEqualTo("Paramètres des tickets");
        assertThat(say("sav", "claims.panel.open", 0)).isEqualTo("0 ticket ouvert");
        assertThat(say("sav", "claims.panel.open", 3)).isEqualTo("3 tickets ouverts");
        assertThat(say("sav", "claims.recorded.title")).isEqualTo("Mes tickets enregistrés");
        assertThat(say("sav", "claims.error.notOpen")).isEqualTo("Ce ticket n'est plus ouvert.");
        assertThat(say("sav", "claims.cancel")).isEqualTo("Annuler le ticket");
        assertThat(say("helpdesk", "history.action.TICKET_OPENED")).isEqualTo("Ticket ouvert");
        assertThat(say("helpdesk", "notification.kind.claims.assigned")).isEqualTo("Un ticket m'est affecté");
        assertThat(say("sav", Locale.ENGLISH, "claims.opened")).isEqualTo("The ticket was created.");
        assertThat(say("sav", Locale.forLanguageTag("ar"), "claims.error.notOpen"))
                .isEqualTo("هذه تذكرة لم تعد مفتوحة.");

        // atlas: the default « réclamation », feminine.
        assertThat(say("atlas", "claims.opened")).isEqualTo("La réclamation a été créée.");
        assertThat(say("atlas", "claims.settings.title")).isEqualTo("Paramètres des réclamations");
        assertThat(say("atlas", "claims.panel.open", 0)).isEqualTo("0 réclamation ouverte");
        assertThat(say("atlas", "claims.recorded.title")).isEqualTo("Mes réclamations enregistrées");
        assertThat(say("atlas", "claims.error.notOpen")).isEqualTo("Cette réclamation n'est plus ouverte.");
        assertThat(say("atlas", "history.action.TICKET_OPENED")).isEqualTo("Réclamation ouverte");
        assertThat(say("atlas", Locale.ENGLISH, "claims.settings.title")).isEqualTo("Claim settings");

        // distrib's « demande d'assistance » and poste's « demande client », feminine; طلب عميل masculine in Arabic.
        assertThat(say("distrib", "claims.cancel")).isEqualTo("Annuler la demande d'assistance");
        assertThat(say("poste", "claims.counter.title")).isEqualTo("Demande client au guichet");
        assertThat(say("poste", Locale.forLanguageTag("ar"), "claims.error.notOpen"))
                .isEqualTo("هذا طلب عميل لم يعد مفتوحًا.");
    }

    @Test
    void theDemoTenantsStatusesAgreeWithTheirNoun() {
        assertThat(statuses("sav", Locale.FRENCH)).containsExactly("Ouvert", "Traité", "Fermé", "Annulé");
        assertThat(statuses("sav", Locale.forLanguageTag("ar")))
                .containsExactly("مفتوحة", "تمت معالجتها", "مغلقة", "ملغاة");
        assertThat(statuses("atlas", Locale.FRENCH)).containsExactly("Ouverte", "Traitée", "Fermée", "Annulée");
        assertThat(statuses("distrib", Locale.FRENCH))
                .as("seed 004's « ouvert » and « résolu », said of a « demande d'assistance »")
                .containsExactly("Ouverte", "Résolue", "Fermée", "Annulée");
        assertThat(statuses("distrib", Locale.forLanguageTag("ar")))
                .as("طلب مساعدة is masculine")
                .containsExactly("مفتوح", "تم حله", "مغلق", "ملغى");
        assertThat(statuses("helpdesk", Locale.FRENCH)).containsExactly("Non traité", "Traité", "Clôturé", "Annulé");
    }

    /** The labels of the statuses open, resolved, closed and cancelled of a demo tenant, in a language. */
    private List<String> statuses(String slug, Locale language) {
        return TenantContext.call(
                new TenantId(slug),
                () -> List.of("open", "resolved", "closed", "cancelled").stream()
                        .map(code -> settings.status(code).orElseThrow())
                        .map(Status::labels)
                        .map(labels -> labels.in(language))
                        .toList());
    }

    private String say(String slug, String key, Object... arguments) {
        return say(slug, Locale.FRENCH, key, arguments);
    }

    private String say(String slug, Locale language, String key, Object... arguments) {
        return TenantContext.call(new TenantId(slug), () -> messages.getMessage(key, arguments, language));
    }

    private static String fixedWord(String language, String text) {
        if ("ar".equals(language)) {
            Matcher words = ARABIC_WORD.matcher(text);
            while (words.find()) {
                String word =
                        Normalizer.normalize(words.group(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                String bare = word.startsWith("و") && word.length() > 3 ? word.substring(1) : word;
                if (ARABIC_WORDS.contains(word) || ARABIC_WORDS.contains(bare)) {
                    return words.group();
                }
            }
            return null;
        }
        Pattern pattern = FIXED_WORDS.get(language);
        if (pattern == null) {
            return null;
        }
        Matcher found = pattern.matcher(text);
        return found.find() ? found.group() : null;
    }
}
