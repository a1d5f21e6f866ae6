package guichet.claims.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.SampleFiles;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Attachments through the real pages, over real HTTP, with real sign-in: the customer attaches a photo larger than
 * 4 MB when he opens a ticket, the agent a PDF to a hidden note and a zip to his reply. Each attachment URL answers
 * only to whoever may see its ticket (and, for a hidden note's file, the staff only): everyone else gets 404, exactly
 * as for a file that does not exist, and a visitor not signed in is sent to sign in.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ClaimsFixture.class)
class ClaimAttachmentsWebTest {

    private static final int FOUR_MB = 4 * 1024 * 1024;

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    Attachments attachments;

    @Autowired
    Claims tickets;

    @Autowired
    Customers customers;

    @Autowired
    Users users;

    private TenantProfile atlas;
    private TenantProfile medina;
    private TenantHttp.Client amira;
    private TenantHttp.Client agent;
    private String number;
    private byte[] photo;
    private byte[] pdf;
    private byte[] zip;
    private Attachment photoFile;
    private Attachment noteFile;
    private Attachment replyFile;

    @BeforeAll
    void aCustomerAndAnAgentAttachFilesThroughThePages() {
        atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        medina = catalog.find(new TenantId("medina")).orElseThrow();
        photo = SampleFiles.png(FOUR_MB + 200_000);
        pdf = SampleFiles.pdf("diagnostic de la ligne");
        zip = SampleFiles.zip("procedure.txt", "Redémarrez la box puis attendez deux minutes.");

        amira = signedIn(atlas, "customer@atlas.demo", "demo");
        TenantHttp.Page opened = amira.send(new MultipartBody()
                .field("_csrf", amira.csrfToken("/claims/my/new"))
                .field("title", "Box cassée à la livraison")
                .field("description", "Le boîtier est fendu, voyez la photo.")
                .file("files", "box cassée.png", photo)
                .post(HttpRequest.newBuilder(amira.uri("/claims/my/new"))));
        assertThat(opened.status()).isEqualTo(302);
        number = opened.header("Location").substring(opened.header("Location").lastIndexOf('/') + 1);

        agent = signedIn(atlas, "agent@atlas.demo", "demo");
        String csrf = agent.csrfToken("/claims/" + number);
        assertThat(agent.send(new MultipartBody()
                                .field("_csrf", csrf)
                                .field("intent", "note")
                                .field("body", "Diagnostic interne joint.")
                                .file("files", "diagnostic.pdf", pdf)
                                .post(HttpRequest.newBuilder(agent.uri("/claims/" + number + "/messages"))))
                        .status())
                .isEqualTo(302);
        assertThat(agent.send(new MultipartBody()
                                .field("_csrf", csrf)
                                .field("intent", "reply")
                                .field("body", "Voici la procédure.")
                                .file("files", "procedure.zip", zip)
                                .file("files", "", new byte[0])
                                .post(HttpRequest.newBuilder(agent.uri("/claims/" + number + "/messages"))))
                        .status())
                .isEqualTo(302);

        List<Attachment> all = fixture.in(atlas, () -> {
            Claim ticket = tickets.findByNumber(number).orElseThrow();
            return attachments.of(ticket.id().value(), true);
        });
        assertThat(all)
                .extracting(Attachment::filename)
                .containsExactly("box cassée.png", "diagnostic.pdf", "procedure.zip");
        photoFile = all.get(0);
        noteFile = all.get(1);
        replyFile = all.get(2);
    }

    /**
     * A ticket staff open with a hidden note and a file: the description opens the conversation and the file sits
     * under it, never inside the note (its card above it, half the times, before). Opened six times, since the order of
     * two messages of the same instant was left to their random ids.
     */
    @Test
    void aFileSentWithATicketStaysWithItsDescriptionNotInsideItsHiddenNote() {
        UUID customer = fixture.in(
                        atlas,
                        () -> users.findByEmail("customer@atlas.demo")
                                .orElseThrow()
                                .customer()
                                .orElseThrow())
                .value();
        for (int i = 1; i <= 6; i++) {
            TenantHttp.Page opened = agent.send(new MultipartBody()
                    .field("_csrf", agent.csrfToken("/claims/new"))
                    .field("intent", "open")
                    .field("customer", customer.toString())
                    .field("title", "Ligne coupée n° " + i)
                    .field("description", "Plus de tonalité depuis ce matin.")
                    .field("note", "Client déjà relancé deux fois.")
                    .file("files", "releve-" + i + ".pdf", pdf)
                    .post(HttpRequest.newBuilder(agent.uri("/claims/new"))));
            assertThat(opened.status()).as(opened.body()).isEqualTo(302);
            String location = opened.header("Location");
            Document page = agent.get("/claims/" + location.substring(location.lastIndexOf('/') + 1))
                    .html();
            assertThat(page.select(".g-messages > li").first().select(".g-body").text())
                    .isEqualTo("Plus de tonalité depuis ce matin.");
            assertThat(page.select(".g-messages > li:not(.g-note)").text()).contains("releve-" + i + ".pdf");
            assertThat(page.select(".g-messages > li.g-note").text())
                    .contains("Client déjà relancé")
                    .doesNotContain("releve-");
        }
    }

    @Test
    void aPhotoLargerThanFourMegabytesIsKeptTypedFromItsBytesAndShownInTheTimeline() {
        assertThat(photo.length).isGreaterThan(FOUR_MB);
        assertThat(photoFile.size()).isEqualTo(photo.length);
        assertThat(photoFile.mediaType()).isEqualTo("image/png");
        assertThat(noteFile.hidden()).as("a hidden note's file is hidden").isTrue();
        assertThat(replyFile.hidden()).isFalse();
        assertThat(replyFile.mediaType()).isEqualTo("application/zip");

        Document page = amira.get("/claims/my/" + number).html();
        String photoUrl = "/claims/my/" + number + "/attachments/" + photoFile.id();
        assertThat(page.select(".g-messages .g-attachments img").eachAttr("src"))
                .containsExactly(photoUrl);
        assertThat(page.select(".g-messages .g-attachments a.g-download").eachText())
                .contains("procedure.zip")
                .doesNotContain("diagnostic.pdf");
        assertThat(page.text()).doesNotContain("diagnostic.pdf", "Diagnostic interne");

        HttpResponse<byte[]> shown = download(amira, photoUrl);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(shown.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline");
        assertThat(shown.body()).isEqualTo(photo);

        HttpResponse<byte[]> downloaded = download(amira, "/claims/my/" + number + "/attachments/" + replyFile.id());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(downloaded.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(downloaded.body()).isEqualTo(zip);
    }

    @Test
    void theStaffSeeEveryFileOfTheTicketTheHiddenNotesToo() {
        Document page = agent.get("/claims/" + number).html();
        assertThat(page.select(".g-note .g-attachments a.g-download").eachText())
                .containsExactly("diagnostic.pdf");
        assertThat(page.select(".g-attachments img").eachAttr("src"))
                .containsExactly("/claims/" + number + "/attachments/" + photoFile.id());
        for (Object[] file : List.of(
                new Object[] {noteFile, pdf, "application/pdf"}, new Object[] {photoFile, photo, "image/png"})) {
            HttpResponse<byte[]> served =
                    download(agent, "/claims/" + number + "/attachments/" + ((Attachment) file[0]).id());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue((String) file[2]);
            assertThat(served.body()).isEqualTo((byte[]) file[1]);
        }
    }

    @Test
    void noOneElseReachesAnAttachmentNotEvenByItsExactAddress() {
        String staffUrl = "/claims/" + number + "/attachments/" + photoFile.id();
        String portalUrl = "/claims/my/" + number + "/attachments/" + photoFile.id();

        TenantHttp.Client visitor = http.tenant(atlas);
        for (String url : List.of(staffUrl, portalUrl)) {
            TenantHttp.Page refused = visitor.get(url);
            assertThat(refused.status()).as(url).isEqualTo(302);
            assertThat(refused.header("Location")).as(url).endsWith("/login");
        }

        assertThat(download(amira, "/claims/my/" + number + "/attachments/" + noteFile.id())
                        .statusCode())
                .as("a hidden note's file, to the customer")
                .isEqualTo(404);
        assertThat(download(amira, staffUrl).statusCode())
                .as("the staff's address")
                .isEqualTo(403);

        User other = accounts.customer(atlas, "autre-client");
        TenantHttp.Client stranger = http.tenant(atlas);
        stranger.signIn(other.email(), TestAccounts.PASSWORD);
        assertThat(download(stranger, portalUrl).statusCode())
                .as("another customer")
                .isEqualTo(404);

        TenantHttp.Client rep = signedIn(atlas, "sales@atlas.demo", "demo");
        assertThat(download(rep, staffUrl).statusCode())
                .as("a sales rep not in charge")
                .isEqualTo(404);

        TenantHttp.Client medinaAdmin = signedIn(medina, "admin@medina.demo", "demo");
        assertThat(download(medinaAdmin, staffUrl).statusCode())
                .as("another tenant's staff")
                .isEqualTo(404);

        assertThat(download(agent, "/claims/" + number + "/attachments/" + java.util.UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSalesRepReachesTheFilesOfHisOwnCustomersTickets() {
        User repUser =
                fixture.in(atlas, () -> users.findByEmail("sales@atlas.demo").orElseThrow());
        Customer his = fixture.in(
                atlas,
                () -> customers.save(Customer.company(
                                customers.nextNumber(), Customer.Stage.CUSTOMER, "Client du commercial", Instant.now())
                        .assignSalesRep(repUser.id(), Instant.now())));
        Claim ticket = fixture.portalTicket(atlas, his, "Contrat à relire", "Voyez le contrat joint.");
        byte[] contract = SampleFiles.pdf("contrat");
        Attachment attached = fixture.in(
                atlas,
                () -> attachments.attach(
                        ticket, null, "../../contrat.pdf", new ByteArrayInputStream(contract), false, null));
        assertThat(attached.filename()).isEqualTo("contrat.pdf");

        TenantHttp.Client rep = signedIn(atlas, "sales@atlas.demo", "demo");
        HttpResponse<byte[]> served = download(rep, "/claims/" + ticket.number() + "/attachments/" + attached.id());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(contract);
    }

    @Test
    void aFileOverTheLimitBringsTheCustomersFormBackWithATranslatedMessageWhatHeTypedAndNothingWritten() {
        String page = "/claims/my/" + number;
        TenantHttp.Page form = amira.get(page);
        assertThat(form.html().select("#reply input[type=file]").attr("data-max-bytes"))
                .isEqualTo(String.valueOf(25 * 1024 * 1024));
        assertThat(form.html().select("#reply input[type=file]").attr("data-too-large"))
                .contains("dépasse 25 Mo", "Ce que vous avez saisi est conservé");

        TenantHttp.Page refused = amira.send(new MultipartBody()
                .field("_csrf", amira.csrfToken(page))
                .field("body", "Voici une vidéo de la panne.")
                .file("files", "panne.mp4", SampleFiles.noise(25 * 1024 * 1024 + 1))
                .post(HttpRequest.newBuilder(amira.uri(page + "/messages"))
                        .header("Referer", amira.uri(page).toString())));
        // Without the browser's check (no JavaScript), the server still keeps what was typed.
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".alert-danger").text()).contains("Un fichier dépasse la taille permise");
        assertThat(refused.html().select("#reply textarea").text()).isEqualTo("Voici une vidéo de la panne.");
        assertThat(amira.get(page).body()).doesNotContain("panne.mp4");

        String token = accounts.accessToken(atlas, "customer@atlas.demo", "demo");
        HttpResponse<byte[]> api = amira.download(new MultipartBody()
                .file("files", "panne.mp4", SampleFiles.noise(25 * 1024 * 1024 + 1))
                .post(HttpRequest.newBuilder(amira.uri("/api/claims/my/" + number + "/attachments"))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")));
        assertThat(api.statusCode()).isEqualTo(413);
    }

    @Test
    void theApiListsUploadsAndServesAttachmentsWithinTheSameRules() {
        String token = accounts.accessToken(atlas, "customer@atlas.demo", "demo");
        TenantHttp.Page listed = amira.getWithToken("/api/claims/my/" + number + "/attachments", token);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("box cassée.png", "procedure.zip").doesNotContain("diagnostic.pdf");

        byte[] invoice = SampleFiles.pdf("facture");
        HttpResponse<byte[]> uploaded = amira.download(new MultipartBody()
                .file("files", "facture.pdf", invoice)
                .post(HttpRequest.newBuilder(amira.uri("/api/claims/my/" + number + "/attachments"))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String body = new String(uploaded.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"mediaType\":\"application/pdf\"", "\"hidden\":false");
        String id = body.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<byte[]> served =
                amira.download(HttpRequest.newBuilder(amira.uri("/api/claims/my/" + number + "/attachments/" + id))
                        .header("Authorization", "Bearer " + token));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(invoice);
        assertThat(amira.getWithToken("/api/claims/my/" + number + "/attachments/" + noteFile.id(), token)
                        .status())
                .isEqualTo(404);

        String repToken = accounts.accessToken(atlas, "sales@atlas.demo", "demo");
        assertThat(amira.getWithToken("/api/claims/" + number + "/attachments", repToken)
                        .status())
                .isEqualTo(404);
    }

    private TenantHttp.Client signedIn(TenantProfile tenant, String email, String password) {
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(email, password);
        return client;
    }

    private static HttpResponse<byte[]> download(TenantHttp.Client client, String path) {
        return client.download(HttpRequest.newBuilder(client.uri(path)).GET());
    }
}
