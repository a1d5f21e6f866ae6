package guichet.claims.mailbox;

import java.util.Arrays;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts mailbox passwords at rest (AES-256-GCM, a fresh salt and nonce each time) with the platform's
 * {@code guichet.claims.mailbox.secret-key}. As for the portal clients' secret key, only the dev and test profiles may
 * run without one; any other refuses to start.
 */
@Component
class MailboxSecrets {

    private static final Set<String> DEVELOPMENT_PROFILES = Set.of("dev", "test");
    private static final String DEVELOPMENT_KEY = "guichet-development-only-mailbox-secret-key";

    private final String key;

    MailboxSecrets(MailboxProperties properties, Environment environment) {
        String configured = properties.secretKey();
        boolean development = Arrays.stream(environment.getActiveProfiles()).anyMatch(DEVELOPMENT_PROFILES::contains);
        if (configured == null || configured.length() < 32) {
            if (!development) {
                throw new IllegalStateException("guichet.claims.mailbox.secret-key must be set to at least 32"
                        + " characters outside the dev and test profiles (active profiles: "
                        + Arrays.toString(environment.getActiveProfiles()) + ").");
            }
            configured = DEVELOPMENT_KEY;
        }
        this.key = configured;
    }

    /** The password encrypted, as {@code salt:cipher} in hexadecimal. */
    String encrypt(String password) {
        String salt = KeyGenerators.string().generateKey();
        return salt + ":" + Encryptors.delux(key, salt).encrypt(password);
    }

    /**
     * The password back.
     *
     * @throws IllegalStateException if it was encrypted with another key
     */
    String decrypt(String stored) {
        int colon = stored.indexOf(':');
        try {
            return Encryptors.delux(key, stored.substring(0, colon)).decrypt(stored.substring(colon + 1));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The mailbox password was encrypted with another secret key", e);
        }
    }
}
