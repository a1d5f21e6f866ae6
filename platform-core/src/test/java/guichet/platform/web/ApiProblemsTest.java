package guichet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The API's 400 answers: problem details naming the invalid fields, in the language the client accepts. */
@GuichetTest
@Import(ProblemProbe.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProblemsTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    private TenantHttp.Client client;
    private String token;

    @BeforeAll
    void aClientWithAToken() {
        TenantProfile tenant = tenants.create("prb");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        token = accounts.accessToken(tenant, agent.email(), TestAccounts.PASSWORD);
        client = http.tenant(tenant);
    }

    @Test
    void invalidFieldsAreNamedInTheClientsLanguageFrenchByDefault() {
        String body = "{\"reference\":\"\",\"quantity\":0}";

        TenantHttp.Page english = post(body, "en-US,en;q=0.8");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.header("Content-Type")).startsWith("application/problem+json");
        assertThat(english.body())
                .contains("\"status\":400")
                .contains("\"detail\":\"Some fields of the request are not valid.\"")
                .contains("{\"field\":\"reference\",\"message\":\"This field is required.\"}")
                .contains("{\"field\":\"quantity\",\"message\":\"The value must be at least 1.\"}");

        assertThat(post(body, null).body())
                .contains("Certains champs de la requête ne sont pas valides.")
                .contains("{\"field\":\"reference\",\"message\":\"Ce champ est obligatoire.\"}");
        assertThat(post(body, "ar").body()).contains("هذا الحقل إلزامي.");
        assertThat(post("{\"reference\":\"" + "r".repeat(21) + "\",\"quantity\":2}", "de, en;q=0.5")
                        .body())
                .contains("{\"field\":\"reference\",\"message\":\"The size must be between 0 and 20.\"}");
    }

    @Test
    void unreadableJsonIs400NamingTheFieldWhenKnown() {
        TenantHttp.Page wrongType = post("{\"reference\":\"R1\",\"quantity\":\"many\"}", "en");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongType.body())
                .contains("The request body is not readable JSON.")
                .contains("{\"field\":\"quantity\",\"message\":\"Unreadable value or unexpected type.\"}");

        assertThat(post("{\"reference\":\"R1\",\"quantity\":1,\"lines\":[{\"count\":\"x\"}]}", "fr")
                        .body())
                .contains("\"field\":\"lines[0].count\"");

        TenantHttp.Page broken = post("{\"reference\":", "fr");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("Le corps de la requête n'est pas un JSON lisible.");
    }

    @Test
    void aValidBodyGoesThrough() {
        assertThat(post("{\"reference\":\"R1\",\"quantity\":3}", "en").status()).isEqualTo(200);
    }

    private TenantHttp.Page post(String json, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri("/api/probe/orders"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return client.send(request);
    }
}
