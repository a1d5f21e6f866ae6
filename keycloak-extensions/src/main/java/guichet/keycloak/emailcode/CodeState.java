package guichet.keycloak.emailcode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the server remembers about the code last e-mailed during one login: never the code itself, only a salted hash
 * of it, when it stops being valid, when it was sent and how many wrong codes were typed since.
 *
 * @param salt random Base64 salt, fresh for every code
 * @param hash Base64 SHA-256 of the salt followed by the code
 * @param expiresAt the code is refused from this instant on
 * @param sentAt when the code was e-mailed, for the resend throttle
 * @param failures wrong codes typed against this code
 */
record CodeState(String salt, String hash, Instant expiresAt, Instant sentAt, int failures) {

    private static final String PREFIX = "guichet.email-code.";
    static final String SALT = PREFIX + "salt";
    static final String HASH = PREFIX + "hash";
    static final String EXPIRES_AT = PREFIX + "expires-at";
    static final String SENT_AT = PREFIX + "sent-at";
    static final String FAILURES = PREFIX + "failures";
    /** Every note key, so that a caller can remove them all once the login is over. */
    static final List<String> NOTE_KEYS = List.of(SALT, HASH, EXPIRES_AT, SENT_AT, FAILURES);

    CodeState withOneMoreFailure() {
        return new CodeState(salt, hash, expiresAt, sentAt, failures + 1);
    }

    /** The state as authentication-session notes (string keys and values). */
    Map<String, String> toNotes() {
        return Map.of(
                SALT, salt,
                HASH, hash,
                EXPIRES_AT, Long.toString(expiresAt.toEpochMilli()),
                SENT_AT, Long.toString(sentAt.toEpochMilli()),
                FAILURES, Integer.toString(failures));
    }

    /** Reads the state back from notes; empty when no code was sent or the notes are unreadable. */
    static Optional<CodeState> fromNotes(Function<String, String> notes) {
        String salt = notes.apply(SALT);
        String hash = notes.apply(HASH);
        String expiresAt = notes.apply(EXPIRES_AT);
        String sentAt = notes.apply(SENT_AT);
        String failures = notes.apply(FAILURES);
        if (salt == null || hash == null || expiresAt == null || sentAt == null || failures == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CodeState(
                    salt,
                    hash,
                    Instant.ofEpochMilli(Long.parseLong(expiresAt)),
                    Instant.ofEpochMilli(Long.parseLong(sentAt)),
                    Integer.parseInt(failures)));
        } catch (NumberFormatException e) {
            // A tampered or half-written state is worth no more than a missing one: the user asks for a new code.
            return Optional.empty();
        }
    }
}
