package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.mailbox.MailboxPoller;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import guichet.platform.sales.SerialNumber;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.users.Users;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each specification's own ticket story, walked by its people in a real browser in its demo tenant: seed 001 in
 * {@code sav}, 003 in {@code helpdesk}, 004 in {@code distrib} and 000 in {@code poste}.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class ClaimStoriesBrowserTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Customers customers;

    @Autowired
    Users users;

    @Autowired
    Products products;

    @Autowired
    Sales sales;

    @Autowired
    MailboxPoller mailboxPoller;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    Claims tickets;

    /** Seed 001: the client creates, the admin answers, closes, reopens, sets a reminder and the priority, assigns. */
    @Test
    void sav_aClientsTicketIsAnsweredClosedReopenedRemindedPrioritisedAndAssigned() {
        String number;
        try (Browser client = signedIn("sav", "customer@sav.demo")) {
            client.open(portal("sav", "/claims/my/new"));
            assertThat(client.text("h1")).isEqualTo("Nouveau ticket");
            client.select("#type", "Commande");
            client.type("#title", "Commande de disques pour le serveur S1");
            client.type("#description", "Nous avons besoin de deux disques de 2 To livrés avant vendredi.");
            client.click("form.g-form button[type=submit]");
            client.awaitText(".g-status", "Ouvert");
            // sav says « ticket »: its default statuses agree with it.
            assertThat(client.text(".g-status")).isEqualTo("Ouvert");
            number = client.text("nav .breadcrumb-item.active");
            assertThat(client.text(".g-messages")).contains("deux disques de 2 To");
        }
        try (Browser admin = signedIn("sav", "admin@sav.demo")) {
            admin.open(portal("sav", "/claims?view=open"));
            assertThat(admin.text(".g-tickets")).contains(number, "Imprimerie Lemoine");
            admin.open(portal("sav", "/claims/" + number));
            admin.type("#body", "Bonjour,\nles disques partent demain.");
            admin.click("button[name=intent][value=reply]");
            admin.awaitText(".g-status", "En cours");
            // The reply keeps its line break (the page's content policy ignores inline styles: a class keeps it).
            assertThat(admin.text(".g-messages")).contains("Démo Admin", "Bonjour,\nles disques partent demain.");

            admin.click("button[name=action][value=close]");
            admin.awaitText(".g-status", "Fermé");
            assertThat(admin.text(".g-status")).isEqualTo("Fermé");
            admin.open(portal("sav", "/claims?view=closed"));
            assertThat(admin.text(".g-tickets")).contains(number);

            admin.open(portal("sav", "/claims/" + number));
            admin.click("button[name=action][value=reopen]");
            admin.awaitText(".g-status", "En cours");

            admin.setValue(
                    "#due",
                    LocalDateTime.now().plusDays(1).withSecond(0).withNano(0).toString());
            admin.type("#note", "GTR : rappeler le client");
            admin.click("form[action$='/reminders'] button[type=submit]");
            admin.awaitText(".g-timeline", "a programmé un rappel");

            admin.select("#priority", "Haute");
            admin.click("form[action$='/fields'] button[type=submit]");
            admin.awaitText(".g-timeline", "Haute");

            admin.select("#assignees", "Démo Agent");
            admin.click("form[action$='/assignees'] button[type=submit]");
            admin.awaitText(".g-assignees", "Démo Agent");
            // The timeline says each thing once, in words and in the tenant's time: no « a affecté affectation », no
            // « rappel rappel : 2026-12-05T18:42:00Z ».
            assertThat(admin.text(".g-timeline"))
                    .contains("a affecté Démo Agent", "a programmé un rappel")
                    .doesNotContain("affecté affectation", "rappel rappel")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
        }
        try (Browser client = signedIn("sav", "customer@sav.demo")) {
            client.open(portal("sav", "/claims/my/" + number));
            assertThat(client.text(".g-messages")).contains("Bonjour,\nles disques partent demain.");
            assertThat(client.text(".g-timeline")).doesNotContain("GTR", "a affecté");
        }
    }

    /**
     * Seed 003: a hidden note stays invisible in the portal; a mail from an unknown address to the helpdesk's mailbox
     * becomes a « non identifié » ticket, to which the agent attaches the right customer; the sales rep sees only his
     * customers' tickets.
     */
    @Test
    void helpdesk_hiddenNotesStayHiddenAndTheSalesRepSeesOnlyHisCustomers() {
        TenantProfile helpdesk = tenant("helpdesk");
        in(
                helpdesk,
                () -> customers.save(customers
                        .findByEmail("accueil@cabinet-martin.example.fr")
                        .getFirst()
                        .assignSalesRep(
                                users.findByEmail("sales@helpdesk.demo")
                                        .orElseThrow()
                                        .id(),
                                Instant.now())));
        // The secretariat writes to the helpdesk's mailbox from an address the customer base does not know.
        MimeMessage mail = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail, StandardCharsets.UTF_8.name());
            helper.setFrom("secretariat@autre-adresse.example.fr", "Secrétariat Martin");
            helper.setTo("support@helpdesk.demo");
            helper.setSubject("Standard injoignable");
            helper.setText("Bonjour, le standard ne répond plus depuis ce matin.");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        mailSender.send(mail);
        TenantContext.call(helpdesk.id(), mailboxPoller::pollNow);
        Claim unknown = in(
                helpdesk,
                () -> tickets.findAll(Pageable.unpaged()).stream()
                        .filter(t -> t.authorEmail()
                                .filter("secretariat@autre-adresse.example.fr"::equals)
                                .isPresent())
                        .findFirst()
                        .orElseThrow());
        assertThat(unknown.title()).isEqualTo("Standard injoignable");
        String number;
        try (Browser customer = signedIn("helpdesk", "customer@helpdesk.demo")) {
            customer.open(portal("helpdesk", "/claims/my/new"));
            customer.select("#type", "Incident");
            customer.type("#title", "Messagerie vocale inaccessible");
            customer.type("#description", "Le code de la messagerie est refusé.");
            customer.click("form.g-form button[type=submit]");
            customer.awaitText(".g-status", "Non traité");
            number = customer.text("nav .breadcrumb-item.active");
        }
        try (Browser agent = signedIn("helpdesk", "agent@helpdesk.demo")) {
            agent.open(portal("helpdesk", "/claims/" + number));
            agent.type("#body", "Réinitialisation du code à prévoir côté opérateur — ne pas le dire au client.");
            agent.click("button[name=intent][value=note]");
            agent.awaitText(".g-messages", "ne pas le dire au client");
            agent.type("#body", "Nous réinitialisons votre code.");
            agent.click("button[name=intent][value=reply]");
            agent.awaitText(".g-messages", "Nous réinitialisons votre code.");

            // In the list, the unknown sender is « Non identifié » with his address, not a name passing for a
            // customer's.
            agent.open(portal("helpdesk", "/claims"));
            assertThat(agent.text("table.g-tickets tbody tr:has(a[href$='/" + unknown.number()
                            + "']) td:has(.g-unidentified)"))
                    .isEqualTo("Non identifié\nsecretariat@autre-adresse.example.fr");
            agent.open(portal("helpdesk", "/claims/" + unknown.number()));
            assertThat(agent.text(".g-facts")).contains("Non identifié", "secretariat@autre-adresse.example.fr");
            agent.type("#find", "Martin");
            agent.click("#attach-customer form[method=get] button[type=submit]");
            agent.click("#attach-customer input[name=customer]");
            agent.click("form[action$='/customer'] button[type=submit]");
            agent.awaitText(".g-facts", "Cabinet Martin & Associés");
        }
        try (Browser customer = signedIn("helpdesk", "customer@helpdesk.demo")) {
            customer.open(portal("helpdesk", "/claims/my/" + number));
            assertThat(customer.text(".g-messages"))
                    .contains("Nous réinitialisons votre code.")
                    .doesNotContain("ne pas le dire au client");
        }
        try (Browser rep = signedIn("helpdesk", "sales@helpdesk.demo")) {
            rep.open(portal("helpdesk", "/claims"));
            String listed = rep.text(".g-tickets");
            assertThat(listed).contains(number, unknown.number(), "Cabinet Martin & Associés");
            assertThat(listed).doesNotContain("Julie Roux", "Ajout d'un poste au standard");
            assertThat(rep.text("h1")).isEqualTo("Tickets");
        }
    }

    /**
     * Seed 004: the customer opens a « demande d'assistance » about the printer he bought; the technician asks for a
     * detail; the ticket waits for the customer, who answers; the technician resolves it.
     */
    @Test
    void distrib_aSupportRequestAboutABoughtPrinterGoesFromOpenToResolved() {
        TenantProfile distrib = tenant("distrib");
        String printerChoice = in(distrib, () -> {
            Customer claire =
                    customers.findByEmail("claire.fontaine@example.fr").getFirst();
            var printer = products.findByCode("PRN-L3250").orElseThrow();
            Sale bought = sales.of(claire.id()).stream()
                    .filter(s -> s.product().equals(printer.id()))
                    .findFirst()
                    .orElseGet(() -> sales.save(Sale.delivered(
                            claire.id(),
                            printer.id(),
                            new SerialNumber("X3EP012345ABCDE"),
                            LocalDate.now().minusMonths(2),
                            null,
                            null,
                            Instant.now())));
            return printer.name()
                    + bought.serialNumber()
                            .map(serial -> " — " + serial.value())
                            .orElse("")
                    + " ("
                    + bought.soldOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + ")";
        });
        String number;
        try (Browser claire = signedIn("distrib", "customer@distrib.demo")) {
            claire.open(portal("distrib", "/claims/my"));
            assertThat(claire.text("h1")).isEqualTo("Mes demandes d'assistance");
            claire.click("a[href='/claims/my/new']");
            assertThat(claire.text("h1")).isEqualTo("Nouvelle demande d'assistance");
            claire.select("#sale", printerChoice);
            claire.type("#title", "L'imprimante n'imprime plus en couleur");
            claire.type("#description", "Les pages sortent en noir et blanc depuis hier.");
            claire.click("form.g-form button[type=submit]");
            claire.awaitText(".g-status", "Ouvert");
            number = claire.text("nav .breadcrumb-item.active");
        }
        try (Browser technician = signedIn("distrib", "agent@distrib.demo")) {
            technician.open(portal("distrib", "/claims?view=open"));
            assertThat(technician.text(".g-tickets")).contains(number);
            technician.open(portal("distrib", "/claims/" + number));
            assertThat(technician.text(".g-facts")).contains("Imprimante L3250");
            technician.type("#body", "Avez-vous remplacé une cartouche récemment ?");
            technician.click("button[name=intent][value=precision]");
            technician.awaitText(".g-status", "En cours de traitement");
        }
        try (Browser claire = signedIn("distrib", "customer@distrib.demo")) {
            claire.open(portal("distrib", "/claims/my?show=waiting"));
            assertThat(claire.text(".g-tickets")).contains(number);
            claire.open(portal("distrib", "/claims/my/" + number));
            assertThat(claire.exists(".g-your-turn")).isTrue();
            assertThat(claire.text(".g-messages")).contains("Démo Agent", "cartouche");
            claire.type("#body", "Oui, une cartouche cyan la semaine dernière.");
            claire.click("#reply button[type=submit]");
            claire.awaitText(".g-messages", "cartouche cyan");
            assertThat(claire.exists(".g-your-turn")).isFalse();
            claire.open(portal("distrib", "/claims/my?show=waiting"));
            assertThat(claire.exists(".g-tickets")).isFalse();
        }
        try (Browser technician = signedIn("distrib", "agent@distrib.demo")) {
            technician.open(portal("distrib", "/claims/" + number));
            technician.click("button[name=action][value=resolve]");
            technician.awaitText(".g-status", "Résolu");
        }
        try (Browser claire = signedIn("distrib", "customer@distrib.demo")) {
            claire.open(portal("distrib", "/claims/my/" + number));
            // distrib's « résolu » (seed 004) agrees with its « demande d'assistance ».
            assertThat(claire.text(".g-status")).isEqualTo("Résolue");
            claire.click("label[for=score-5]");
            claire.type("#comment", "Merci, tout fonctionne.");
            claire.click("#rating button[type=submit]");
            claire.awaitText(".g-timeline", "a noté le service");
        }
    }

    /** Seed 000: the agent records a walk-in client's demand at his agency, about a service; it generates a ticket. */
    @Test
    void poste_anAgentRecordsAClientDemandAtHisAgencyWhichGeneratesATicket() {
        TenantProfile poste = tenant("poste");
        String customerNumber = in(
                poste,
                () -> customers
                        .findByEmail("koffi.adjovi@example.bj")
                        .getFirst()
                        .number()
                        .value());
        try (Browser agent = signedIn("poste", "agent@poste.demo")) {
            agent.open(portal("poste", "/claims"));
            assertThat(agent.text("h1")).isEqualTo("Demandes client");
            agent.click("a[href='/claims/counter']");
            agent.type("#find", customerNumber);
            agent.click("button[name=intent][value=find]");
            agent.awaitText(".g-chosen", "Koffi Adjovi");
            agent.select("#product", "SRV-SBEE — Paiement facture d'électricité");
            agent.type("#title", "Paiement SBEE débité deux fois");
            agent.type("#description", "Le client a été débité deux fois pour la facture d'octobre.");
            agent.click("button[name=intent][value=open]");
            agent.awaitText(".g-status", "Enregistrée");
            assertThat(agent.text(".g-facts"))
                    .contains("Koffi Adjovi", "Guichet", "Agence de Cotonou Centre", "Paiement facture d'électricité");
            String number = agent.text("nav .breadcrumb-item.active");

            agent.open(portal("poste", "/claims/recorded"));
            assertThat(agent.text("h1")).isEqualTo("Mes demandes client enregistrées");
            assertThat(agent.text(".g-tickets")).contains(number, "Koffi Adjovi");
        }
        try (Browser admin = signedIn("poste", "admin@poste.demo")) {
            admin.open(portal("poste", "/admin/history"));
            assertThat(admin.text("main")).contains("Demande client ouverte");
            // Every action in words, the modules' too, and the filter offers them (not the sign-ins alone).
            assertThat(admin.text("main table")).doesNotContainPattern("\\b[A-Z]{3,}_[A-Z_]+\\b");
            assertThat(admin.text("#action")).contains("Connexion", "Demande client ouverte");
        }
    }

    private Browser signedIn(String slug, String email) {
        return Browser.signedIn(http.port(), slug, email, "demo");
    }

    private String portal(String slug, String path) {
        return Browser.portal(http.port(), slug, path);
    }

    private TenantProfile tenant(String slug) {
        return catalog.find(new TenantId(slug)).orElseThrow();
    }

    private <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
