package guichet.claims.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.tickets.Ticket;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The rules of the claims configuration that need no database. */
class SettingsRulesTest {

    @Test
    void aLabelMissingInALanguageFallsBackToFrench() {
        Labels labels = new Labels(" Résolu ", "", " ");
        assertThat(labels.in(Locale.FRENCH)).isEqualTo("Résolu");
        assertThat(labels.in(Locale.ENGLISH)).isEqualTo("Résolu");
        assertThat(labels.in(Locale.forLanguageTag("ar"))).isEqualTo("Résolu");
        assertThat(labels.in(Locale.GERMAN)).isEqualTo("Résolu");
    }

    @Test
    void aBlankOrTooLongLabelIsRefused() {
        assertThatThrownBy(() -> new Labels(" ", "x", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Labels("x".repeat(101), "", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreLowerCaseWordsOfAtMostFortyCharacters() {
        assertThat(new TicketType(" Incident_2 ", new Labels("Incident", "", ""), 1).code())
                .isEqualTo("incident_2");
        assertThatThrownBy(() -> new TicketType("2x", new Labels("x", "", ""), 1))
                .isInstanceOf(SettingRejected.class)
                .extracting(e -> ((SettingRejected) e).messageKey())
                .isEqualTo("claims.settings.error.code");
        assertThatThrownBy(() -> new TicketType("a b", new Labels("x", "", ""), 1))
                .isInstanceOf(SettingRejected.class);
    }

    @Test
    void cannedRepliesFillTheirPlaceholders() {
        CannedReply reply =
                new CannedReply("Prise en charge", "Bonjour {customer}, le ticket {ticket} « {title} » — {agent}", 1);
        assertThat(reply.fill("Cabinet Martin", "T-000042", "Appels coupés", "Démo Agent"))
                .isEqualTo("Bonjour Cabinet Martin, le ticket T-000042 « Appels coupés » — Démo Agent");
        assertThatThrownBy(() -> new CannedReply(" ", "x", 1)).isInstanceOf(SettingRejected.class);
    }

    @Test
    void slaTargetsArePositiveAndAtMostAYear() {
        assertThatThrownBy(() -> new SlaPolicy("high", null, 0, 60)).isInstanceOf(SettingRejected.class);
        assertThatThrownBy(() -> new SlaPolicy("high", null, 60, 525_601)).isInstanceOf(SettingRejected.class);
        assertThat(new SlaPolicy("high", "incident", 30, 240).type()).contains("incident");
    }

    @Test
    void theVocabularyShowsLabelsInThePagesLanguageAndCodesItDoesNotKnow() {
        Status open = new Status("open", Ticket.Category.NEW, new Labels("Ouvert", "Open", "مفتوح"), 1);
        Priority high = new Priority("high", new Labels("Haute", "High", "عالية"), 1);
        Vocabulary vocabulary = new Vocabulary(List.of(open), List.of(), List.of(high));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(vocabulary.status("open")).isEqualTo("Open");
            assertThat(vocabulary.value("priority", "high")).isEqualTo("High");
            assertThat(vocabulary.value("title", "Imprimante")).isEqualTo("Imprimante");
            assertThat(vocabulary.value("status", null)).isEqualTo("—");
            assertThat(vocabulary.status("gone")).isEqualTo("gone");
            assertThat(vocabulary.badge("open")).isEqualTo("text-bg-primary");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
