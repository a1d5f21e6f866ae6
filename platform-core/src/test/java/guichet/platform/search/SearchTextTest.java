package guichet.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.text.SearchText;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsAndCaseAreIgnored() {
        assertThat(SearchText.normalize("  Hélène  DUPRÉ-Çœur ")).isEqualTo("helene dupre-cœur");
    }

    @Test
    void arabicDiacriticsAndLetterVariantsAreUnified() {
        assertThat(SearchText.normalize("أَحْمَد")).isEqualTo(SearchText.normalize("احمد"));
        assertThat(SearchText.normalize("مدرسة")).isEqualTo("مدرسه");
        assertThat(SearchText.normalize("مصطفى")).isEqualTo("مصطفي");
    }

    @Test
    void anEmailAddressYieldsItselfAndItsParts() {
        assertThat(SearchText.words("Jean.Dupont@Exemple.fr"))
                .containsExactly("jean.dupont@exemple.fr", "jean", "dupont", "exemple", "fr");
    }

    @Test
    void aPhoneNumberIsComparedByItsDigits() {
        assertThat(SearchText.digits("+216 20-123 456")).isEqualTo("21620123456");
    }

    @Test
    void theStoredDocumentPrecedesEveryWordWithASpace() {
        assertThat(SearchText.document(SearchText.words("Amira Ben Salah"))).isEqualTo(" amira ben salah ");
    }
}
