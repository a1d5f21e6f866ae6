package guichet.platform.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one normalisation of searchable text, applied alike to what is stored and to what is typed, so that searches
 * ignore case, accents (« Hélène » finds « helene ») and Arabic diacritics and letter variants (« أحمد » finds
 * « احمد »). Every search engine indexes and queries normalised text.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}@.+_-]+");
    private static final Pattern WORD_EDGES = Pattern.compile("^[.+_@-]+|[.+_@-]+$");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern JOINED = Pattern.compile("[.+_@-]");

    private SearchText() {}

    /** Lower-cased, without accents or diacritics, Arabic letter variants unified, whitespace collapsed. */
    public static String normalize(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        bare.toLowerCase(Locale.ROOT).codePoints().forEach(c -> out.appendCodePoint(unifyArabic(c)));
        return out.toString().replace('\u0640', ' ').strip().replaceAll("\\s+", " ");
    }

    /**
     * The words of a text, normalised, each also split at dots, at-signs and hyphens (so « jean.dupont@x.fr » yields
     * « jean.dupont@x.fr », « jean », « dupont », « x », « fr »), without duplicates, in order.
     */
    public static List<String> words(@Nullable String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String raw : SEPARATORS.split(normalize(text))) {
            String word = WORD_EDGES.matcher(raw).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            words.add(word);
            for (String part : word.split("[.@_+-]+")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return new ArrayList<>(words);
    }

    /**
     * The words of what a user typed, normalised, split at spaces and punctuation but never inside an address or a
     * hyphenated name: « roy9p@cli » stays one word, to be looked for inside the stored ones (« m.roy9p@client.fr »).
     */
    public static List<String> typedWords(@Nullable String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String raw : SEPARATORS.split(normalize(text))) {
            String word = WORD_EDGES.matcher(raw).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /** Whether a word joins parts (an address, a hyphenated name): it is looked for anywhere, not at a word's start. */
    public static boolean joinsParts(String word) {
        return JOINED.matcher(word).find();
    }

    /** The digits of a phone number, for matching however it was written (« +216 20 123 456 » → « 21620123456 »). */
    public static String digits(@Nullable String text) {
        return text == null ? "" : NOT_DIGIT.matcher(text).replaceAll("");
    }

    /**
     * The stored form of searchable words: each word preceded by a space, so that « starts a word » is the infix
     * pattern {@code "% " + typed + "%"} a trigram index serves.
     */
    public static String document(List<String> words) {
        StringBuilder document = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                document.append(' ').append(word);
            }
        }
        return document.append(' ').toString();
    }

    private static int unifyArabic(int c) {
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627'; // alef with madda or hamza, wasla → alef
            case '\u0629' -> '\u0647'; // ta marbuta → ha
            case '\u0649' -> '\u064A'; // alef maqsura → ya
            case '\u0624' -> '\u0648'; // waw with hamza → waw
            case '\u0626' -> '\u064A'; // ya with hamza → ya
            default -> c;
        };
    }
}
