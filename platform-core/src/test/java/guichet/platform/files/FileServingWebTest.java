package guichet.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Uploading and serving attachments over HTTP, as a module's pages and API do. */
@GuichetTest
@Import({AttachmentProbe.Page.class, AttachmentProbe.Api.class})
class FileServingWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Test
    void aPngNamedPdfIsServedAsTheImageItIsInline() {
        Visitor agent = agent("fpng");
        byte[] png = TestFiles.png(64, 48);
        String key = agent.upload("/probe/files", "reçu été.pdf", png).body();

        HttpResponse<byte[]> served = agent.browser.download(
                HttpRequest.newBuilder(agent.browser.uri("/probe/files/" + key)).GET());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("Content-Length")).contains(String.valueOf(png.length));
        assertThat(served.headers().firstValue("Content-Disposition"))
                .contains("inline; filename=\"re_u _t_.pdf\"; filename*=UTF-8''re%C3%A7u%20%C3%A9t%C3%A9.pdf");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(served.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).startsWith("sandbox;"));
        assertThat(served.body()).isEqualTo(png);
    }

    @Test
    void aPageOrAProgramDisguisedAsPngIsOnlyEverDownloaded() {
        Visitor agent = agent("fhtm");
        for (byte[] hostile : new byte[][] {TestFiles.html(), TestFiles.executable()}) {
            String key = agent.upload("/probe/files", "photo.png", hostile).body();

            TenantHttp.Page served = agent.browser.get("/probe/files/" + key);
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.header("Content-Type")).doesNotStartWith("image/");
            assertThat(served.header("Content-Disposition")).startsWith("attachment;");
            assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(served.header("Content-Security-Policy")).startsWith("sandbox;");
        }
    }

    @Test
    void aRangeIsServedAsPartialContent() {
        Visitor agent = agent("frng");
        byte[] png = TestFiles.png(100, 100);
        String key = agent.upload("/probe/files", "photo.png", png).body();

        HttpResponse<byte[]> part =
                agent.browser.download(HttpRequest.newBuilder(agent.browser.uri("/probe/files/" + key))
                        .header("Range", "bytes=100-199")
                        .GET());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 100-199/" + png.length);
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(png, 100, 200));
    }

    @Test
    void anotherTenantsUserCannotFetchABlobEvenWithItsKey() {
        String key = agent("fown")
                .upload("/probe/files", "photo.png", TestFiles.png(8, 8))
                .body();
        assertThat(agent("foth").browser.get("/probe/files/" + key).status()).isEqualTo(404);
    }

    @Test
    void aPageUploadOverTheLimitSendsTheVisitorBackToTheFormWithAMessage() {
        Visitor agent = agent("fbig");
        byte[] tooLarge = new byte[25 * 1024 * 1024 + 1];

        TenantHttp.Page refused = agent.upload("/probe/files", "video.mp4", tooLarge);
        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.header("Location")).isEqualTo("/account");
        TenantHttp.Page form = agent.browser.follow(refused);
        assertThat(form.html().select("main .alert-danger").text())
                .isEqualTo("Ce fichier est trop volumineux : il n'a pas été envoyé."
                        + " Réduisez-le ou envoyez un fichier plus petit.");
        assertThat(AttachmentProbe.ATTACHED.values()).noneMatch(attached -> "video.mp4".equals(attached.filename()));
    }

    @Test
    void anApiUploadOverTheLimitIs413WithAProblemInTheClientsLanguage() {
        TenantProfile tenant = tenants.create("fapi");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        String token = accounts.accessToken(tenant, agent.email(), TestAccounts.PASSWORD);
        TenantHttp.Client client = http.tenant(tenant);
        Multipart body = new Multipart().file("file", "big.bin", new byte[25 * 1024 * 1024 + 1]);

        TenantHttp.Page refused = client.send(body.post(client.uri("/api/probe/files"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en-GB,en;q=0.9"));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":413").contains("This file is too large: it was not sent.");

        TenantHttp.Page anonymous = client.send(body.post(client.uri("/api/probe/files")));
        assertThat(anonymous.status()).as("the token is checked first").isEqualTo(401);
    }

    private Visitor agent(String prefix) {
        TenantProfile tenant = tenants.create(prefix);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        return new Visitor(browser, browser.csrfToken("/account"));
    }

    /** A signed-in visitor who uploads from his account page, as a browser posts a form with a file. */
    private record Visitor(TenantHttp.Client browser, String csrf) {
        TenantHttp.Page upload(String path, String filename, byte[] content) {
            Multipart body = new Multipart().field("_csrf", csrf).file("file", filename, content);
            return browser.send(body.post(browser.uri(path))
                    .header("Referer", browser.uri("/account").toString()));
        }
    }

    /** A multipart/form-data body. */
    private static final class Multipart {
        private final String boundary = "----guichet" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Multipart file(String name, String filename, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        HttpRequest.Builder post(java.net.URI target) {
            ByteArrayOutputStream complete = new ByteArrayOutputStream();
            complete.writeBytes(body.toByteArray());
            complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(target)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(complete.toByteArray()));
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
