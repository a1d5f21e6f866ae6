package guichet.quotes.quote.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.Product;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.quotes.QuotesMother;
import guichet.quotes.quote.Quote;
import guichet.quotes.quote.QuoteStatus;
import guichet.quotes.request.QuoteRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Staff turn a request into a quote, price it, send revision 1 (frozen), revise to revision 2 and compare them; the
 * customer sees only sent revisions in « Mes devis », is told of each, and accepts revision 2: staff are told, an
 * invoice draft is made of revision 2's lines and the acceptance is published.
 */
@GuichetTest
@Import({QuotesMother.class, AcceptedQuotes.class})
class QuoteWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    QuotesMother mother;

    @Autowired
    AcceptedQuotes accepted;

    @Test
    void aRequestBecomesAQuoteRevisedOnceAndAcceptedAtItsSecondRevision() {
        TenantProfile tenant = tenants.create("qquo", "quotes");
        User customer = accounts.customer(tenant, "client");
        User seller = accounts.staff(tenant, "vendeur", Role.SELLER);
        Product box = mother.product(tenant, "BOX-5G", "Box 5G Pro", "120");
        QuoteRequest request = mother.request(
                tenant,
                mother.customerOf(customer),
                customer,
                "Deux box pour le bureau",
                null,
                null,
                null,
                ItemRef.product(box.id()));

        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(seller.email(), TestAccounts.PASSWORD);
        String csrf = staff.csrfToken("/quotes/requests/" + request.number());
        TenantHttp.Page made =
                staff.follow(staff.postForm("/quotes/requests/" + request.number() + "/quote", Map.of("_csrf", csrf)));
        assertThat(made.status()).isEqualTo(200);
        String number = made.uri().getPath().substring("/quotes/".length());
        assertThat(number).isEqualTo("DEV-" + Year.now(tenant.zoneId()).getValue() + "-0001");
        assertThat(made.html().select("table.g-lines tbody tr")).hasSize(1);
        assertThat(made.html().select("table.g-lines").text()).contains("Box 5G Pro");

        TenantHttp.Page added = staff.follow(staff.postForm(
                "/quotes/" + number + "/lines",
                Map.of(
                        "_csrf", csrf,
                        "description", "Installation",
                        "quantity", "1",
                        "unitPrice", "30",
                        "discount", "0",
                        "taxRate", "0")));
        assertThat(added.html().select("table.g-lines tbody tr")).hasSize(2);
        assertThat(added.html().select("table.g-totals tbody tr"))
                .as("one row per rate, then net, tax, gross")
                .hasSize(5);

        TenantHttp.Client portal = http.tenant(tenant);
        portal.signIn(customer.email(), TestAccounts.PASSWORD);
        assertThat(portal.get("/quotes/my").body()).doesNotContain(number);
        assertThat(portal.get("/quotes/my/" + number).status())
                .as("a draft is not shown")
                .isEqualTo(404);

        staff.follow(staff.postForm("/quotes/" + number + "/send", Map.of("_csrf", csrf)));
        Mailbox.waitFor(customer.email(), number);
        TenantHttp.Page refusedEdit = staff.follow(staff.postForm(
                "/quotes/" + number + "/lines",
                Map.of("_csrf", csrf, "description", "Tard", "quantity", "1", "unitPrice", "1", "taxRate", "0")));
        assertThat(refusedEdit.body()).contains("Seul un brouillon change");
        assertThat(portal.get("/quotes/my").body()).contains(number);

        TenantHttp.Page revised = staff.follow(staff.postForm("/quotes/" + number + "/revise", Map.of("_csrf", csrf)));
        assertThat(revised.html().select(".g-revision").text()).isEqualTo("révision 2");
        assertThat(revised.html().select("table.g-lines tbody tr")).hasSize(2);
        String installation = revised.html()
                .select("table.g-lines tbody tr:contains(Installation) form")
                .attr("action");
        staff.follow(staff.postForm(installation, Map.of("_csrf", csrf)));
        staff.follow(staff.postForm(
                "/quotes/" + number + "/lines",
                Map.of(
                        "_csrf",
                        csrf,
                        "description",
                        "Garantie 3 ans",
                        "quantity",
                        "2",
                        "unitPrice",
                        "15",
                        "taxRate",
                        "19")));

        TenantHttp.Page waiting = portal.get("/quotes/my/" + number);
        assertThat(waiting.html().select(".g-revision").text()).isEqualTo("révision 1");
        assertThat(waiting.html().select(".g-decision"))
                .as("no answer while a revision is prepared")
                .isEmpty();

        staff.follow(staff.postForm("/quotes/" + number + "/send", Map.of("_csrf", csrf)));
        TenantHttp.Page diff = staff.get("/quotes/" + number + "/diff");
        assertThat(diff.html().select("h1").text())
                .as("the last two revisions by default")
                .contains("1")
                .contains("2");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.html().select("tr.g-added").text()).contains("Garantie 3 ans");
        assertThat(diff.html().select("tr.g-removed").text()).contains("Installation");
        assertThat(diff.html().select("tr.g-same").text()).contains("Box 5G Pro");
        TenantHttp.Page first = staff.get("/quotes/" + number + "?revision=1");
        assertThat(first.html().select("table.g-lines").text())
                .contains("Installation")
                .doesNotContain("Garantie");

        TenantHttp.Page second = portal.get("/quotes/my/" + number);
        assertThat(second.html().select(".g-revision").text()).isEqualTo("révision 2");
        String portalCsrf = portal.csrfToken("/quotes/my/" + number);
        TenantHttp.Page stale = portal.follow(portal.postForm(
                "/quotes/my/" + number + "/decision",
                Map.of("_csrf", portalCsrf, "revision", "1", "answer", "accept")));
        assertThat(stale.html().select(".alert-danger").text()).contains("n'attend plus votre réponse");
        TenantHttp.Page done = portal.follow(portal.postForm(
                "/quotes/my/" + number + "/decision",
                Map.of("_csrf", portalCsrf, "revision", "2", "answer", "accept")));
        assertThat(done.html().select(".g-status").text()).isEqualTo("Accepté");
        Mailbox.waitFor(seller.email(), "accepté");

        String portalPdf =
                text(portal.download(HttpRequest.newBuilder(portal.uri("/quotes/my/" + number + "/revisions/2/pdf"))));
        assertThat(portalPdf).contains(number).contains("Garantie 3 ans").contains("révision 2");
        String staffPdf =
                text(staff.download(HttpRequest.newBuilder(staff.uri("/quotes/" + number + "/revisions/1/pdf"))
                        .header("Accept-Language", "en")));
        assertThat(staffPdf).contains("Installation").doesNotContain("Garantie");
        assertThat(portal.get("/quotes/" + number + "/revisions/1/pdf").status())
                .isEqualTo(403);

        Quote quote = mother.quoteByNumber(tenant, number);
        assertThat(quote.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(accepted.of(number)).singleElement().satisfies(event -> {
            assertThat(event.revision()).isEqualTo(2);
            assertThat(event.tenant()).isEqualTo(tenant.id());
            assertThat(event.invoiceDraft())
                    .as("the invoice draft made in the acceptance's transaction")
                    .isNotNull();
            assertThat(event.lines()).extracting(l -> l.description()).containsExactly("Box 5G Pro", "Garantie 3 ans");
        });
    }

    @Test
    void staffStartABlankQuoteOnlyForACustomerWithinTheirReach() {
        TenantProfile tenant = tenants.create("qnew", "quotes");
        User customer = accounts.customer(tenant, "client");
        User seller = accounts.staff(tenant, "vendeur", Role.SELLER);
        User rep = accounts.staff(tenant, "commercial", Role.SALES_REP);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        String number = mother.in(tenant, () -> mother.customerNumber(mother.customerOf(customer)));

        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(seller.email(), TestAccounts.PASSWORD);
        String csrf = staff.csrfToken("/quotes");
        TenantHttp.Page made = staff.follow(staff.postForm("/quotes/new", Map.of("_csrf", csrf, "customer", number)));
        assertThat(made.uri().getPath()).startsWith("/quotes/DEV-");
        assertThat(made.html().select(".g-revision").text()).isEqualTo("révision 1");

        TenantHttp.Client repClient = http.tenant(tenant);
        repClient.signIn(rep.email(), TestAccounts.PASSWORD);
        String repCsrf = repClient.csrfToken("/quotes");
        TenantHttp.Page refused =
                repClient.follow(repClient.postForm("/quotes/new", Map.of("_csrf", repCsrf, "customer", number)));
        assertThat(refused.uri().getPath()).isEqualTo("/quotes");
        assertThat(refused.html().select(".alert-danger").text()).contains("Aucun client de ce numéro");

        TenantHttp.Client agentClient = http.tenant(tenant);
        agentClient.signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(agentClient.get("/quotes").html().select("#new-quote-form")).isEmpty();
        String agentCsrf = agentClient.csrfToken("/quotes");
        assertThat(agentClient
                        .postForm("/quotes/new", Map.of("_csrf", agentCsrf, "customer", number))
                        .status())
                .isEqualTo(403);
    }

    private static String text(HttpResponse<byte[]> pdf) {
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
