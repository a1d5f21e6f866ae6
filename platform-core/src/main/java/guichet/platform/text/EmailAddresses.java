package guichet.platform.text;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The one rule every form and import applies to an e-mail address people type. */
public final class EmailAddresses {

    /** The longest address SMTP carries (RFC 5321: a 254-character path). */
    public static final int LONGEST = 254;

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}$");

    private EmailAddresses() {}

    /**
     * Whether the text, stripped, looks like an address mail can be sent to: one {@code @}, a local part of at most 64
     * characters, a domain with a dot, no spaces, at most {@link #LONGEST} characters in all.
     */
    public static boolean isValid(@Nullable String typed) {
        if (typed == null) {
            return false;
        }
        String address = typed.strip();
        return address.length() <= LONGEST && ADDRESS.matcher(address).matches();
    }
}
