package guichet.quotes.invoice;

import static guichet.quotes.invoice.InvoiceFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.ids.CustomerId;
import guichet.platform.money.Money;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import guichet.quotes.pricing.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;

/** Issuing, numbering, credit notes, payments and merges, against the real database. */
@GuichetTest
@Import(InvoiceFixture.class)
class InvoicingTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    InvoiceDrafts drafts;

    @Autowired
    InvoiceIssuing issuing;

    @Autowired
    InvoicePayments payments;

    @Autowired
    MessageSource messages;

    @Autowired
    SellerSettings seller;

    @Test
    void invoicesIssuedAtOnceTakeConsecutiveNumbersWithoutGapNorDuplicate() throws Exception {
        TenantProfile tenant = tenants.create("factconc", "quotes");
        fixture.seller(tenant);
        CustomerId customer = fixture.customer(tenant, "Concurrente");
        int count = 8;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(fixture.draft(tenant, customer, "", line("Clé 4G", "1", "49.000", "TND", "19")));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<String>> numbers = new ArrayList<>();
        for (UUID id : ids) {
            numbers.add(pool.submit(() -> {
                start.await();
                return fixture.in(tenant, () -> issuing.issue(id).number().orElseThrow());
            }));
        }
        start.countDown();
        List<String> taken = new ArrayList<>();
        for (Future<String> number : numbers) {
            taken.add(number.get());
        }
        pool.shutdown();
        int year = LocalDate.now(tenant.zoneId()).getYear();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            expected.add("FAC-%d-%06d".formatted(year, i));
        }
        assertThat(taken).containsExactlyInAnyOrderElementsOf(expected);

        // A refused issue takes no number: the next one follows on.
        UUID incomplete = fixture.in(tenant, () -> drafts.draft(customer, List.of(), ""));
        assertThatThrownBy(() -> fixture.in(tenant, () -> issuing.issue(incomplete)))
                .isInstanceOf(MissingMentions.class);
        Invoice next = fixture.issued(tenant, customer, line("Forfait", "1", "30.000", "TND", "19"));
        assertThat(next.number()).contains("FAC-%d-%06d".formatted(year, count + 1));
    }

    @Test
    void anIssuedInvoiceIsFrozenWithItsMentionsAndTotals() {
        TenantProfile tenant = tenants.create("factgel", "quotes");
        fixture.seller(tenant);
        CustomerId customer = fixture.customer(tenant, "Gelee");
        Invoice issued = fixture.issued(
                tenant,
                customer,
                line("Clé 4G", "2", "49.990", "TND", "19"),
                line("Abonnement mobile", "1", "35.500", "TND", "7"));
        Invoice reread = fixture.reread(tenant, issued.id());

        assertThat(reread.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(reread.sellerLegalName()).isEqualTo("Atlas Télécom SARL");
        assertThat(reread.issueDate()).isEqualTo(LocalDate.now(tenant.zoneId()));
        assertThat(reread.totals().net()).isEqualTo(Money.of("135.480", "TND"));
        assertThat(reread.totals().byRate()).hasSize(2);
        // 99.980 × 19 % = 18.9962 → 18.996; 35.500 × 7 % = 2.485
        assertThat(reread.totals().tax()).isEqualTo(Money.of("21.481", "TND"));
        assertThat(reread.totals().gross()).isEqualTo(Money.of("156.961", "TND"));

        assertThatThrownBy(() -> fixture.in(
                        tenant, () -> drafts.changeLines(issued.id(), List.of(line("Autre", "1", "1", "TND", "0")))))
                .isInstanceOf(InvoiceFrozen.class);
        assertThatThrownBy(() -> fixture.in(tenant, () -> issuing.issue(issued.id())))
                .isInstanceOf(InvoiceFrozen.class);
        fixture.in(tenant, () -> seller.change("Atlas Nouvelle SA", "Sfax", "MF 7654321/B", "comptant"));
        Invoice after = fixture.reread(tenant, issued.id());
        assertThat(after.sellerLegalName()).isEqualTo("Atlas Télécom SARL");
        assertThat(after.number()).isEqualTo(issued.number());
    }

    @Test
    void anInvoiceMissingARequiredMentionIsRefusedWithTheListOfWhatIsMissing() {
        TenantProfile tenant = tenants.create("factmanque", "quotes");
        CustomerId customer = fixture.customer(tenant, "Incomplete");
        UUID draft = fixture.in(tenant, () -> drafts.draft(customer, List.of(), "quote:DEV-2026-0001 r2"));

        assertThatThrownBy(() -> fixture.in(tenant, () -> issuing.issue(draft)))
                .isInstanceOfSatisfying(MissingMentions.class, refused -> {
                    assertThat(refused.missing())
                            .containsExactly(
                                    "invoices.missing.sellerLegalName",
                                    "invoices.missing.sellerAddress",
                                    "invoices.missing.sellerTaxIds",
                                    "invoices.missing.buyerAddress",
                                    "invoices.missing.deliveryDate",
                                    "invoices.missing.lines",
                                    "invoices.missing.paymentTerms");
                    assertThat(messages.getMessage(refused.missing().get(4), null, Locale.FRENCH))
                            .isEqualTo("la date de livraison ou d'exécution");
                    assertThat(messages.getMessage(refused.missing().get(4), null, Locale.forLanguageTag("ar")))
                            .isEqualTo("تاريخ التسليم أو الإنجاز");
                });
        Invoice still = fixture.reread(tenant, draft);
        assertThat(still.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(still.number()).isEmpty();

        fixture.seller(tenant);
        fixture.in(tenant, () -> {
            drafts.changeLines(draft, List.of(line("Réparation écran", "1", "120.000", "TND", "19")));
            return drafts.describe(draft, "Amina Test", "3 rue de Marseille, Tunis", LocalDate.of(2026, 11, 30), "ar");
        });
        assertThat(fixture.in(tenant, () -> issuing.missingMentions(draft))).isEmpty();
        assertThat(fixture.in(tenant, () -> issuing.issue(draft)).number()).isPresent();
    }

    @Test
    void aCreditNoteCancelsHalfAnInvoiceAndTheCustomersBalanceFollows() {
        TenantProfile tenant = tenants.create("factavoir", "quotes");
        fixture.seller(tenant);
        CustomerId customer = fixture.customer(tenant, "Avoir");
        Invoice invoice = fixture.issued(
                tenant,
                customer,
                line("Clé 4G", "2", "50.000", "TND", "19"),
                line("Ligne mobile", "1", "100.000", "TND", "19"));
        assertThat(invoice.totals().gross()).isEqualTo(Money.of("238.000", "TND"));
        assertThat(fixture.in(tenant, () -> payments.balance(customer))).isEqualTo(Money.of("238.000", "TND"));

        Invoice note = fixture.in(
                tenant, () -> issuing.creditNote(invoice.id(), Map.of(1, BigDecimal.ONE, 2, new BigDecimal("0.5"))));
        int year = LocalDate.now(tenant.zoneId()).getYear();
        assertThat(note.number()).contains("AVO-%d-000001".formatted(year));
        assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(note.totals().gross()).isEqualTo(Money.of("119.000", "TND"));
        assertThat(note.creditedInvoice()).contains(invoice.id());

        Invoice halved = fixture.reread(tenant, invoice.id());
        assertThat(halved.credited()).isEqualTo(Money.of("119.000", "TND"));
        assertThat(halved.outstanding()).isEqualTo(Money.of("119.000", "TND"));
        assertThat(halved.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(fixture.in(tenant, () -> payments.balance(customer))).isEqualTo(Money.of("119.000", "TND"));

        // More than is left of a line is refused; the rest cancels the invoice.
        assertThatThrownBy(() ->
                        fixture.in(tenant, () -> issuing.creditNote(invoice.id(), Map.of(1, new BigDecimal("2")))))
                .isInstanceOf(IllegalArgumentException.class);
        fixture.in(tenant, () -> issuing.creditNote(invoice.id(), Map.of(1, BigDecimal.ONE, 2, new BigDecimal("0.5"))));
        assertThat(fixture.reread(tenant, invoice.id()).status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(fixture.in(tenant, () -> payments.balance(customer))).isEqualTo(Money.of("0.000", "TND"));
    }

    @Test
    void aPartialThenAFullPaymentMoveTheStatus() {
        TenantProfile tenant = tenants.create("factpaie", "quotes");
        fixture.seller(tenant);
        CustomerId customer = fixture.customer(tenant, "Payeur");
        Invoice invoice = fixture.issued(tenant, customer, line("Routeur", "1", "100.000", "TND", "19"));
        LocalDate today = LocalDate.now(tenant.zoneId());

        fixture.in(tenant, () -> payments.record(invoice.id(), Money.of("50.000", "TND"), today, "cash", null, null));
        assertThat(fixture.reread(tenant, invoice.id()).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(fixture.in(tenant, () -> payments.balance(customer))).isEqualTo(Money.of("69.000", "TND"));

        assertThatThrownBy(() -> fixture.in(
                        tenant,
                        () -> payments.record(invoice.id(), Money.of("69.001", "TND"), today, "card", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        fixture.in(
                tenant,
                () -> payments.record(invoice.id(), Money.of("69.000", "TND"), today, "transfer", "VIR-88", null));
        Invoice paid = fixture.reread(tenant, invoice.id());
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.outstanding().isZero()).isTrue();
        assertThat(fixture.in(tenant, () -> payments.of(invoice.id()))).hasSize(2);
        assertThat(fixture.in(tenant, () -> payments.balance(customer)).isZero())
                .isTrue();
        assertThatThrownBy(() -> fixture.in(
                        tenant,
                        () -> payments.record(invoice.id(), Money.of("1.000", "TND"), today, "cash", null, null)))
                .isInstanceOf(InvoiceFrozen.class);
    }

    @Test
    void twoDraftsOfOneCustomerMergeIntoOneInvoiceWithBothLinesAndTheirOrigins() {
        TenantProfile tenant = tenants.create("factfusion", "quotes");
        fixture.seller(tenant);
        CustomerId customer = fixture.customer(tenant, "Fusion");
        CustomerId other = fixture.customer(tenant, "Autre");
        Line key = line("Clé 4G", "1", "49.000", "TND", "19");
        Line mobile = line("Abonnement mobile", "1", "25.000", "TND", "19");
        UUID first = fixture.draft(tenant, customer, "quote:DEV-2026-0001 r2", key);
        UUID second = fixture.draft(tenant, customer, "quote:DEV-2026-0002 r1", mobile);
        UUID theirs = fixture.draft(tenant, other, "", key);

        assertThatThrownBy(() -> fixture.in(tenant, () -> drafts.merge(List.of(first, theirs))))
                .isInstanceOf(IllegalArgumentException.class);
        fixture.in(tenant, () -> drafts.merge(List.of(first, second)));

        Invoice merged = fixture.reread(tenant, first);
        assertThat(merged.pricedLines()).containsExactly(key, mobile);
        assertThat(merged.origins()).containsExactly("quote:DEV-2026-0001 r2", "quote:DEV-2026-0002 r1");
        Invoice absorbed = fixture.reread(tenant, second);
        assertThat(absorbed.status()).isEqualTo(InvoiceStatus.MERGED);
        assertThat(absorbed.mergedInto()).contains(first);

        Invoice issued = fixture.in(tenant, () -> issuing.issue(first));
        assertThat(issued.totals().gross()).isEqualTo(Money.of("88.060", "TND"));
        assertThatThrownBy(() -> fixture.in(tenant, () -> issuing.issue(second)))
                .isInstanceOf(InvoiceFrozen.class);
    }
}
