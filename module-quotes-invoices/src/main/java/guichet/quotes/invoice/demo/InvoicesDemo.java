package guichet.quotes.invoice.demo;

import guichet.platform.ids.CustomerId;
import guichet.platform.modules.DemoContent;
import guichet.platform.money.Money;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceDrafts;
import guichet.quotes.invoice.InvoiceIssuing;
import guichet.quotes.invoice.InvoicePayments;
import guichet.quotes.invoice.SellerSettings;
import guichet.quotes.pricing.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Atlas's invoices as a seller expects to find them: the seller's mentions set, the demo customer's invoice for a 4G
 * key paid, one for a phone and its line partly paid, and two drafts (a 4G key and a mobile line, from two quotes)
 * waiting to be merged and issued. The customer finds the issued ones in « Mes factures ».
 */
@Component
@Order(80)
class InvoicesDemo implements DemoContent {

    private final SellerSettings seller;
    private final InvoiceDrafts drafts;
    private final InvoiceIssuing issuing;
    private final InvoicePayments payments;
    private final Users users;

    InvoicesDemo(
            SellerSettings seller,
            InvoiceDrafts drafts,
            InvoiceIssuing issuing,
            InvoicePayments payments,
            Users users) {
        this.seller = seller;
        this.drafts = drafts;
        this.issuing = issuing;
        this.payments = payments;
        this.users = users;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (!tenant.id().slug().equals("atlas") || !tenant.hasModule("quotes")) {
            return;
        }
        CustomerId customer =
                users.findByEmail("customer@atlas.demo").flatMap(User::customer).orElse(null);
        if (customer != null) {
            fill(tenant, customer);
        }
    }

    /** The seller's mentions, and this customer's invoices and drafts. */
    void fill(TenantProfile tenant, CustomerId customer) {
        String currency = tenant.currency().getCurrencyCode();
        seller.change(
                "Atlas Télécom SA",
                "Avenue Mohammed V, Immeuble Atlas, 1002 Tunis",
                "Matricule fiscal 1234567/A/M/000 · RC B01234562026",
                "Paiement à 30 jours date de facture, par virement ou en boutique. Pas d'escompte pour paiement"
                        + " anticipé.");
        LocalDate delivered = LocalDate.now(tenant.zoneId()).minusDays(10);

        Invoice key = issued(customer, delivered, "", line("Clé 4G LTE", "1", "89", currency, "19"));
        payments.record(key.id(), key.gross(), delivered, "card", null, null);

        Invoice phone = issued(
                customer,
                delivered,
                "quote:DEV-2026-0001 r2",
                line("Smartphone A15", "1", "749", currency, "19"),
                line("Forfait mobile 20 Go (premier mois)", "1", "35", currency, "7"));
        payments.record(
                phone.id(), Money.of(new BigDecimal("300"), tenant.currency()), delivered, "cash", "Caisse 2", null);

        UUID first = drafts.draft(
                customer, List.of(line("Clé 4G LTE", "1", "89", currency, "19")), "quote:DEV-2026-0002 r1");
        UUID second = drafts.draft(
                customer, List.of(line("Ligne mobile 5 Go", "1", "15", currency, "7")), "quote:DEV-2026-0003 r1");
        for (UUID draft : List.of(first, second)) {
            drafts.deliveredOn(draft, delivered);
        }
    }

    private Invoice issued(CustomerId customer, LocalDate delivered, String origin, Line... lines) {
        UUID id = drafts.draft(customer, List.of(lines), origin);
        Invoice draft = drafts.deliveredOn(id, delivered);
        if (draft.buyerAddress() == null) {
            drafts.describe(id, draft.buyerName(), "Rue de Marseille, 1000 Tunis", delivered, "fr");
        }
        return issuing.issue(id);
    }

    private static Line line(String description, String quantity, String price, String currency, String rate) {
        java.util.Currency money = java.util.Currency.getInstance(currency);
        return Line.of(
                description,
                new BigDecimal(quantity),
                Money.rounded(new BigDecimal(price), money, java.math.RoundingMode.HALF_UP),
                new BigDecimal(rate));
    }
}
