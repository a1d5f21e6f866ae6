package guichet.keycloak.emailcode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The rules of the e-mailed code, free of Keycloak so that they can be tested alone: six random digits, valid five
 * minutes, five wrong tries, a new one at most every thirty seconds.
 */
final class EmailCodes {

    static final int DIGITS = 6;
    static final Duration VALIDITY = Duration.ofMinutes(5);
    static final Duration RESEND_INTERVAL = Duration.ofSeconds(30);
    static final int MAX_FAILURES = 5;

    private static final int BOUND = (int) Math.pow(10, DIGITS);
    private static final int SALT_BYTES = 16;

    private final SecureRandom random;
    private final Clock clock;

    EmailCodes(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** A fresh code, and the state to keep instead of it. */
    Issued issue() {
        String code = String.format("%0" + DIGITS + "d", random.nextInt(BOUND));
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Instant now = clock.instant();
        CodeState state = new CodeState(
                Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(digest(salt, code)),
                now.plus(VALIDITY),
                now,
                0);
        return new Issued(code, state);
    }

    /**
     * Checks a typed code against the state. Anything that is not the code counts as a wrong try, but spaces are
     * ignored and digits of any script count as their ASCII value: people paste "123 456", and an Arabic keyboard
     * types "١٢٣٤٥٦".
     */
    Verification verify(CodeState state, String typed) {
        if (state.failures() >= MAX_FAILURES) {
            return new Verification(Outcome.TOO_MANY_FAILURES, state);
        }
        if (!clock.instant().isBefore(state.expiresAt())) {
            return new Verification(Outcome.EXPIRED, state);
        }
        String candidate = normalize(typed);
        if (matches(state, candidate)) {
            return new Verification(Outcome.ACCEPTED, state);
        }
        CodeState failed = state.withOneMoreFailure();
        return new Verification(failed.failures() >= MAX_FAILURES ? Outcome.TOO_MANY_FAILURES : Outcome.WRONG, failed);
    }

    /** How long the user must still wait before a new code may be sent; empty when it may be sent now. */
    Optional<Duration> resendWait(CodeState state) {
        Duration elapsed = Duration.between(state.sentAt(), clock.instant());
        Duration left = RESEND_INTERVAL.minus(elapsed);
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** Whether the code of this state can still be typed: neither expired nor used up by wrong tries. */
    boolean usable(CodeState state) {
        return state.failures() < MAX_FAILURES && clock.instant().isBefore(state.expiresAt());
    }

    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder normalized = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> {
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                normalized.append((char) ('0' + digit));
            } else {
                normalized.appendCodePoint(c);
            }
        });
        return normalized.toString();
    }

    private static boolean matches(CodeState state, String candidate) {
        byte[] salt;
        byte[] expected;
        try {
            salt = Base64.getDecoder().decode(state.salt());
            expected = Base64.getDecoder().decode(state.hash());
        } catch (IllegalArgumentException e) {
            return false;
        }
        // MessageDigest.isEqual takes the same time whatever the first differing byte, so timing tells nothing.
        return MessageDigest.isEqual(expected, digest(salt, candidate));
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(code.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** What a check of a typed code concluded. */
    enum Outcome {
        ACCEPTED,
        WRONG,
        /** The limit of wrong tries is reached: only a new code can be accepted. */
        TOO_MANY_FAILURES,
        EXPIRED
    }

    /**
     * A new code.
     *
     * @param code the six digits, to e-mail and then forget
     * @param state what to remember instead
     */
    record Issued(String code, CodeState state) {}

    /**
     * The result of a check.
     *
     * @param outcome what was concluded
     * @param state the state to keep from now on (it counts the wrong try, if any)
     */
    record Verification(Outcome outcome, CodeState state) {

        /** Wrong tries left before a new code is needed. */
        int triesLeft() {
            return Math.max(0, MAX_FAILURES - state.failures());
        }
    }
}
