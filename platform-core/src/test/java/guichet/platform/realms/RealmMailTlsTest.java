package guichet.platform.realms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keycloak sends a realm's mail (sign-in codes, password links) over the TLS the platform is set to. */
class RealmMailTlsTest {

    @Test
    void starttlsIsTheRealmsSetting() {
        assertThat(smtp("starttls")).containsEntry("starttls", "true").containsEntry("ssl", "false");
    }

    @Test
    void implicitTlsIsTheRealmsSetting() {
        assertThat(smtp("ssl")).containsEntry("starttls", "false").containsEntry("ssl", "true");
    }

    @Test
    void plainMailOnlyWhenSetSo() {
        assertThat(smtp("none")).containsEntry("starttls", "false").containsEntry("ssl", "false");
    }

    private static Map<String, String> smtp(String tls) {
        return RealmProvisioner.smtp(
                new RealmSpec.Mail("smtp.example.org", 587, "no-reply@atlas.example", "Atlas", "guichet", "s", tls));
    }
}
