package guichet.platform.text;

import org.jspecify.annotations.Nullable;

/** What a user typed into a field, made ready to keep. */
public final class Typed {

    private Typed() {}

    /**
     * The value without surrounding blanks, or null when nothing but blanks was typed (an optional field left empty).
     * Not for passwords, whose blanks count.
     */
    public static @Nullable String orNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
