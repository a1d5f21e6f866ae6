package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.testing.TenantHttp;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18's acceptance on atlas, in a real browser: the demo customer asks for a quote with a call on a wished slot
 * (« Demander un devis »); the seller confirms the slot and builds the quote from the request, sends revision 1,
 * revises it (a line's price changes) and sends revision 2; the customer accepts revision 2 in « Mes devis »; the
 * seller issues the invoice drafted from it, which takes the next number after the last one issued this year, and the
 * customer finds it in « Mes factures » with a PDF that downloads.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class QuotesBrowserTest {

    private static final Pattern INVOICE_NUMBER = Pattern.compile("FAC-(\\d{4})-(\\d{6})");
    private static final String INSTALLATION = "Installation à domicile";
    private static final String KEY = "Clé 4G, avec sa carte SIM";

    @Autowired
    TenantHttp http;

    @Test
    void aRequestWithACallBecomesAQuoteRevisedAcceptedAndInvoiced() {
        LocalDate wishedDay = LocalDate.now().plusDays(7);
        String message = "Deux clés 4G pour le bureau, et quelqu'un pour les installer.";

        String request;
        try (Browser customer = signedIn("customer@atlas.demo")) {
            customer.open(atlas("/quotes/my"));
            customer.click("main a[href$='/quotes/my/requests/new']");
            customer.type("#q", "Clé 4G");
            customer.click("#quote-request-form button[name=search]");
            customer.find("#rows");
            customer.type("[id='rows0.quantity']", "2");
            customer.type("#message", message);
            customer.click("#appointment-call");
            customer.setValue("#wishedAt", wishedDay + "T10:30");
            customer.click("#quote-request-form > button[type=submit]");
            customer.awaitText(".g-asked", "DDV-");
            request = matched(customer.text(".g-asked"), "DDV-\\d{4}-\\d{4}");
            assertThat(customer.text("table.g-requests")).contains(request).contains("à confirmer");
        }

        String quote;
        String gross;
        try (Browser seller = signedIn("seller@atlas.demo")) {
            seller.open(atlas("/quotes/requests"));
            seller.click("a[href$='/quotes/requests/" + request + "']");
            assertThat(seller.text(".g-message")).contains(message);
            assertThat(seller.text(".g-items")).contains("2 × ").contains("4G");
            // The seller moves the call half an hour later than wished, and confirms it.
            seller.setValue("#slot", wishedDay + "T11:00");
            seller.click("#confirm-form button[type=submit]");
            seller.awaitText(".alert-success", "Le créneau est confirmé");
            assertThat(seller.text(".g-slot")).contains("11:00");

            seller.click("form[action$='/quotes/requests/" + request + "/quote'] button");
            seller.awaitText(".alert-success", "Le devis est créé en brouillon");
            quote = matched(seller.url(), "DEV-\\d{4}-\\d{4}");
            assertThat(seller.text("table.g-lines")).contains("4G");
            // The catalogue gives the key no price: the seller prices it, two at 59 dinars, and adds the installation.
            seller.click("table.g-lines tbody tr:first-child button");
            seller.awaitText(".alert-success", "La ligne est retirée");
            addFreeLine(seller, KEY, "2", "59");
            addFreeLine(seller, INSTALLATION, "1", "50");
            assertThat(seller.text("table.g-lines")).contains(INSTALLATION);
            String grossOne = seller.text(".g-gross");

            seller.click(".g-send");
            seller.awaitText(".alert-success", "La révision est envoyée au client");
            assertThat(seller.text(".g-revision")).contains("révision 1");

            seller.click(".g-revise");
            seller.awaitText(".alert-success", "Une nouvelle révision est en préparation");
            assertThat(seller.text(".g-revision")).contains("révision 2");
            // Revision 2 changes a line: the installation drops from 50 to 30.
            seller.click("button[aria-label='Retirer la ligne " + INSTALLATION + "']");
            seller.awaitText(".alert-success", "La ligne est retirée");
            addFreeLine(seller, INSTALLATION, "1", "30");
            gross = seller.text(".g-gross");
            assertThat(gross).isNotEqualTo(grossOne);
            seller.click(".g-send");
            seller.awaitText(".alert-success", "La révision est envoyée au client");
            assertThat(seller.text(".g-revisions")).contains("révision 1").contains("révision 2");

            seller.click("nav .g-revisions ~ form button[type=submit]");
            seller.awaitUrl("/quotes/" + quote + "/diff");
            assertThat(seller.text(".g-diff")).contains(INSTALLATION);
        }

        try (Browser customer = signedIn("customer@atlas.demo")) {
            customer.open(atlas("/quotes/my"));
            customer.click("a[href$='/quotes/my/" + quote + "']");
            assertThat(customer.text(".g-revision")).contains("révision 2");
            assertThat(customer.text("table.g-lines")).contains(INSTALLATION);
            customer.click(".g-decision button[value=accept]");
            customer.awaitText(".alert-success", "Vous avez accepté ce devis");
            assertThat(customer.text(".g-status")).contains("Accepté");
        }

        String invoice;
        try (Browser seller = signedIn("seller@atlas.demo")) {
            // The last invoice number issued this year, as the staff's list sorted by number shows it.
            seller.open(atlas("/quotes/invoices?sort=number&dir=desc&size=100"));
            seller.find("table.g-invoices");
            int year = LocalDate.now().getYear();
            int previous = highest(seller.text("table.g-invoices"), year);

            seller.open(atlas("/quotes/invoices"));
            seller.select("#status", "Brouillon");
            seller.click("form[role=search] button[type=submit]");
            seller.awaitUrl("status=DRAFT");
            // The newest draft first: the one the acceptance just made, from revision 2.
            seller.click("table.g-invoices tbody tr:first-child td[dir=ltr] a");
            assertThat(seller.text("main")).contains("quote:" + quote + " r2");
            assertThat(seller.text(".g-invoice-totals")).contains(gross);

            // A draft from a quote has no delivery date yet: the seller gives it, then issues.
            seller.setValue("#deliveryDate", LocalDate.now().toString());
            if (String.valueOf(seller.script("return document.getElementById('buyerAddress').value;"))
                    .isBlank()) {
                seller.type("#buyerAddress", "12 avenue Habib Bourguiba, 3000 Sfax");
            }
            seller.click("form[action*='/quotes/invoices/'] > button[type=submit].btn-primary");
            seller.awaitText(".alert-success", "Brouillon enregistré");
            seller.click("form[action$='/issue'] button");
            seller.awaitText(".alert-success", "Facture émise.");
            invoice = matched(seller.text("h1"), INVOICE_NUMBER.pattern());
            Matcher issued = INVOICE_NUMBER.matcher(invoice);
            assertThat(issued.matches()).isTrue();
            assertThat(Integer.parseInt(issued.group(1))).isEqualTo(year);
            assertThat(Integer.parseInt(issued.group(2)))
                    .as("the number after FAC-%d-%06d", year, previous)
                    .isEqualTo(previous + 1);
        }

        try (Browser customer = signedIn("customer@atlas.demo")) {
            customer.open(atlas("/"));
            customer.click("#g-nav a[href$='/quotes/my/invoices']");
            customer.awaitUrl("/quotes/my/invoices");
            assertThat(customer.text("main")).contains(invoice);
            String pdf = customer.attribute("a[aria-label='Télécharger la facture " + invoice + " en PDF']", "href");
            List<?> download = customer.download(pdf);
            assertThat(download.get(0)).as("status of %s", pdf).isEqualTo(200L);
            assertThat(String.valueOf(download.get(1))).startsWith("application/pdf");
            assertThat(String.valueOf(download.get(2))).startsWith("%PDF");
        }
    }

    private static void addFreeLine(Browser seller, String description, String quantity, String price) {
        seller.type("#description", description);
        seller.type("#quantity", quantity);
        seller.type("#unitPrice", price);
        seller.click("#line-form button[type=submit]");
        seller.awaitText(".alert-success", "La ligne est ajoutée");
        seller.awaitText("table.g-lines", description);
    }

    /** The highest invoice number of this year a text shows, 0 when none. */
    private static int highest(String text, int year) {
        Matcher numbers = INVOICE_NUMBER.matcher(text);
        int highest = 0;
        while (numbers.find()) {
            if (Integer.parseInt(numbers.group(1)) == year) {
                highest = Math.max(highest, Integer.parseInt(numbers.group(2)));
            }
        }
        return highest;
    }

    private static String matched(String text, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(text);
        assertThat(found.find()).as("%s in %s", pattern, text).isTrue();
        return found.group();
    }

    private Browser signedIn(String email) {
        return Browser.signedIn(http.port(), "atlas", email, "demo");
    }

    private String atlas(String path) {
        return Browser.portal(http.port(), "atlas", path);
    }
}
