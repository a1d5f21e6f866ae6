package guichet.platform.accounts.web;

import guichet.platform.i18n.Languages;
import guichet.platform.i18n.Noun;
import guichet.platform.i18n.Nouns;
import guichet.platform.tenancy.TenantProfile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's word for one of its nouns (its customers' requests, its sites), as typed: per language, its own forms
 * and gender, or the default words. Kept whole when a field is rejected.
 */
public class VocabularyForm {

    private final Map<String, Wording> wordings = new LinkedHashMap<>();

    /** Which noun of {@link Nouns#NAMES} the form words. */
    private String nounName = Nouns.NAMES.getFirst();

    VocabularyForm() {
        Languages.SUPPORTED.forEach(language -> wordings.put(language.getLanguage(), new Wording()));
    }

    /** The form as the tenant words a noun now: its own forms, else the defaults, unticked. */
    static VocabularyForm of(TenantProfile tenant, Nouns nouns, String noun) {
        VocabularyForm form = new VocabularyForm();
        form.nounName = noun;
        for (Locale language : Languages.SUPPORTED) {
            Wording wording = form.wordings.get(language.getLanguage());
            wording.own = nouns.own(tenant, noun, language).isPresent();
            wording.fill(nouns.own(tenant, noun, language).orElseGet(() -> nouns.standard(noun, language)));
        }
        return form;
    }

    /** One of {@link Nouns#NAMES}: the one asked for, else the first. */
    static String known(@Nullable String noun) {
        return noun != null && Nouns.NAMES.contains(noun) ? noun : Nouns.NAMES.getFirst();
    }

    /** The noun a language's fields give, or null for the default words. */
    @Nullable
    Noun noun(Locale language) {
        Wording wording = wordings.get(language.getLanguage());
        if (!wording.own) {
            return null;
        }
        Noun.Gender gender = Noun.hasGender(language) ? Noun.Gender.of(wording.gender) : Noun.Gender.NEUTER;
        return new Noun(
                text(wording.singular),
                text(wording.plural),
                Noun.hasDualAndArticle(language) ? wording.dual : null,
                Noun.hasDualAndArticle(language) ? wording.definitePlural : null,
                gender == null ? Noun.Gender.NEUTER : gender);
    }

    /** What is wrong, as field path ({@code wordings[fr].singular}) to message key. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            Noun noun = noun(language);
            if (noun != null) {
                noun.problems(language)
                        .forEach(
                                (field, key) -> problems.put("wordings[" + language.getLanguage() + "]." + field, key));
            }
        }
        return problems;
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed;
    }

    public Map<String, Wording> getWordings() {
        return wordings;
    }

    public String getNounName() {
        return nounName;
    }

    public void setNounName(@Nullable String nounName) {
        this.nounName = known(nounName);
    }

    /** One language's fields. */
    public static class Wording {

        private boolean own;
        private @Nullable String singular;
        private @Nullable String plural;
        private @Nullable String dual;
        private @Nullable String definitePlural;
        private @Nullable String gender;

        private void fill(Noun noun) {
            singular = noun.singular();
            plural = noun.plural();
            dual = noun.dual();
            definitePlural = noun.definitePlural();
            gender = noun.gender().keyword();
        }

        public boolean isOwn() {
            return own;
        }

        public void setOwn(boolean own) {
            this.own = own;
        }

        public @Nullable String getSingular() {
            return singular;
        }

        public void setSingular(@Nullable String singular) {
            this.singular = singular;
        }

        public @Nullable String getPlural() {
            return plural;
        }

        public void setPlural(@Nullable String plural) {
            this.plural = plural;
        }

        public @Nullable String getDual() {
            return dual;
        }

        public void setDual(@Nullable String dual) {
            this.dual = dual;
        }

        public @Nullable String getDefinitePlural() {
            return definitePlural;
        }

        public void setDefinitePlural(@Nullable String definitePlural) {
            this.definitePlural = definitePlural;
        }

        public @Nullable String getGender() {
            return gender;
        }

        public void setGender(@Nullable String gender) {
            this.gender = gender;
        }
    }
}
