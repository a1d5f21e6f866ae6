package guichet.platform.realms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The secret of each realm's portal client, derived from one platform key and the realm's name: nothing secret is
 * stored per tenant, and a realm's secret never opens another realm.
 */
@Component
public class ClientSecrets {

    private final byte[] key;

    ClientSecrets(KeycloakProperties properties) {
        String configured = properties.clientSecretKey();
        if (configured == null || configured.length() < 16) {
            // Development default; any real deployment sets guichet.identity.keycloak.client-secret-key.
            configured = "guichet-development-only-client-secret-key";
        }
        this.key = configured.getBytes(StandardCharsets.UTF_8);
    }

    public String forRealm(String realm) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("portal-client:" + realm).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
