package guichet.platform.i18n;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A noun as a tenant words it in one language, such as « demande d'assistance » for a ticket: its forms and its
 * grammatical gender, so that the messages around it agree (« Nouvelle demande d'assistance », « Nouveau ticket »).
 * Forms are written as within a sentence; headings capitalise them.
 *
 * @param singular the singular, « réclamation »
 * @param plural the plural, « réclamations » (in Arabic, without the article: شكاوى)
 * @param dual in Arabic, the dual (شكويان); null elsewhere, and then « 2 » and the plural stand for it
 * @param definitePlural in Arabic, the plural with the article, as a heading shows it (الشكاوى); null elsewhere, and
 *     then the plural stands for it
 * @param gender its grammatical gender; {@link Gender#NEUTER} in English
 */
public record Noun(
        String singular,
        String plural,
        @Nullable String dual,
        @Nullable String definitePlural,
        Gender gender) {

    /** The longest form. */
    public static final int MAX_LENGTH = 60;

    /** A noun's grammatical gender, as messages select on it ({@code {ticketGender, select, feminine {…} other {…}}}). */
    public enum Gender {
        FEMININE,
        MASCULINE,
        NEUTER;

        /** The keyword messages select on: {@code feminine}, {@code masculine}, {@code neuter}. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The gender of a keyword, or null when it is none. */
        public static @Nullable Gender of(@Nullable String keyword) {
            for (Gender gender : values()) {
                if (gender.keyword().equals(keyword)) {
                    return gender;
                }
            }
            return null;
        }
    }

    public Noun {
        singular = singular.strip();
        plural = plural.strip();
        dual = dual == null || dual.isBlank() ? null : dual.strip();
        definitePlural = definitePlural == null || definitePlural.isBlank() ? null : definitePlural.strip();
    }

    /** Whether a language's nouns have a gender that messages agree with (French and Arabic; not English). */
    public static boolean hasGender(Locale language) {
        return !"en".equals(language.getLanguage());
    }

    /** Whether a language's nouns have a dual and a definite plural of their own (Arabic). */
    public static boolean hasDualAndArticle(Locale language) {
        return "ar".equals(language.getLanguage());
    }

    /**
     * What is wrong with these forms for a language, as field ({@code singular}, {@code plural}, {@code dual},
     * {@code definitePlural}, {@code gender}) to message key; empty when they can be kept.
     */
    public Map<String, String> problems(Locale language) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "singular", singular);
        check(problems, "plural", plural);
        if (hasDualAndArticle(language)) {
            check(problems, "dual", dual);
            check(problems, "definitePlural", definitePlural);
        }
        if (hasGender(language) && gender == Gender.NEUTER) {
            problems.put("gender", "vocabulary.error.gender");
        }
        return problems;
    }

    private static void check(Map<String, String> problems, String field, @Nullable String form) {
        if (form == null || form.isBlank()) {
            problems.put(field, "form.error.required");
        } else if (form.length() > MAX_LENGTH) {
            problems.put(field, "vocabulary.error.length");
        } else if (form.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '{' || c == '}')) {
            problems.put(field, "vocabulary.error.characters");
        }
    }

    /**
     * The arguments messages name this noun by, for a noun called {@code name} ({@code ticket}): {@code {ticket}},
     * {@code {tickets}}, {@code {Ticket}}, {@code {Tickets}} (capitalised), {@code {ticketGender}} ({@code feminine},
     * {@code masculine}, {@code neuter}), {@code {ticketStart}} ({@code vowel} when French elides before it: « l'»,
     * « cet », « nouvel », « mon »; else {@code consonant}), {@code {ticketDual}} and {@code {ticketsDefinite}}.
     */
    public Map<String, Object> arguments(String name, Locale language) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        String capitalName = capitalised(name, Locale.ROOT);
        arguments.put(name, singular);
        arguments.put(name + "s", plural);
        arguments.put(capitalName, capitalised(singular, language));
        arguments.put(capitalName + "s", capitalised(plural, language));
        arguments.put(name + "Gender", gender.keyword());
        arguments.put(name + "Start", startsWithVowel(singular) ? "vowel" : "consonant");
        arguments.put(name + "Dual", dual != null ? dual : "2 " + plural);
        arguments.put(name + "sDefinite", definitePlural != null ? definitePlural : plural);
        return arguments;
    }

    private static String capitalised(String text, Locale language) {
        if (text.isEmpty()) {
            return text;
        }
        int first = Character.charCount(text.codePointAt(0));
        return text.substring(0, first).toUpperCase(language) + text.substring(first);
    }

    /** Whether French elides before the word: a vowel sound; a word starting with « h » is taken as aspirated. */
    static boolean startsWithVowel(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String base = Normalizer.normalize(
                        word.substring(0, Character.charCount(word.codePointAt(0))), Normalizer.Form.NFD)
                .substring(0, 1)
                .toLowerCase(Locale.ROOT);
        return "aeiouyœæ".contains(base);
    }
}
