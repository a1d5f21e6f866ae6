package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.testing.TenantHttp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17's acceptance in the demo tenants' dashboards: poste's administrator reads last month's demands by service
 * and by agency (seed 000), groups them by week and drills from a bar into the tickets it counts; helpdesk's
 * administrator reads the requests each user submitted and the mean resolution time per customer (seed 003); medina,
 * which bought customers, claims and statistics only, shows those two modules' figures and no other's.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class StatsBrowserTest {

    @Autowired
    TenantHttp http;

    @Test
    void poste_lastMonthsDemandsByServiceAndAgencyWeekByWeekDrillIntoTheirTickets() {
        LocalDate first =
                LocalDate.now(ZoneId.of("Africa/Porto-Novo")).minusMonths(1).withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        try (Browser admin = Browser.signedIn(http.port(), "poste", "admin@poste.demo", "demo")) {
            admin.open(portal("poste", "/stats"));
            admin.setValue("#from", first.toString());
            admin.setValue("#to", last.toString());
            admin.select("#period", "mois");
            admin.click("#range button[type=submit]");
            admin.awaitUrl("period=month");
            assertThat(admin.text("#claims-opened-product h2")).isEqualTo("Demandes client ouvertes par service");
            assertThat(admin.text("#claims-opened-site h2")).isEqualTo("Demandes client ouvertes par agence");
            assertThat(admin.text("#claims-opened-product thead"))
                    .contains("Service", "Total")
                    .doesNotContain("Produit");
            assertThat(admin.text("#claims-opened-site tbody"))
                    .contains("Agence de Cotonou Centre", "Agence de Porto-Novo", "Agence de Parakou");
            assertThat(admin.text("#claims-opened-product tbody"))
                    .contains("Paiement facture d'électricité", "Paiement facture d'eau", "Mandat express");
            String byService = admin.text("#claims-opened-product tfoot td:last-child");
            String byAgency = admin.text("#claims-opened-site tfoot td:last-child");
            assertThat(byService).isEqualTo(byAgency);

            // The month's list of demands holds as many as the figures count.
            admin.open(portal("poste", "/claims?from=" + first + "&to=" + last));
            assertThat(admin.text("#results")).contains(byService + " demandes client");

            admin.open(portal("poste", "/stats?from=" + first + "&to=" + last + "&period=month"));
            admin.select("#period", "semaine");
            admin.click("#range button[type=submit]");
            admin.awaitUrl("period=week");
            int weeks = admin.count("#claims-opened-product thead th") - 2;
            assertThat(weeks).isBetween(4, 6);
            assertThat(admin.text("#claims-opened-product thead")).contains("sem. du");

            // The first non-empty bar of the most demanded service, clicked where it is drawn.
            List<?> bar = (List<?>) admin.script(
                    "const chart = Chart.getChart(document.querySelector('#claims-opened-product canvas'));"
                            + "const series = chart.data.datasets[0];"
                            + "const i = series.data.findIndex(v => v > 0);"
                            + "const drawn = chart.getDatasetMeta(0).data[i];"
                            + "return [series.data[i], series.links[i], drawn.x, (drawn.y + drawn.base) / 2];");
            long value = ((Number) bar.get(0)).longValue();
            String link = (String) bar.get(1);
            assertThat(link).startsWith("/claims?product=").contains("&from=", "&to=");
            admin.clickAt(
                    "#claims-opened-product canvas",
                    ((Number) bar.get(2)).doubleValue(),
                    ((Number) bar.get(3)).doubleValue());
            admin.awaitUrl("/claims?product=");
            assertThat(admin.url()).endsWith(link);
            assertThat(admin.count("table.g-tickets tbody tr")).isEqualTo((int) value);
        }
    }

    @Test
    void helpdesk_requestsPerUserAndMeanResolutionTimePerCustomer() {
        try (Browser admin = Browser.signedIn(http.port(), "helpdesk", "admin@helpdesk.demo", "demo")) {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            // The history the demo seeded, before anything another test may have added today.
            admin.open(portal(
                    "helpdesk", "/stats?from=" + today.minusDays(59) + "&to=" + today.minusDays(2) + "&period=year"));
            assertThat(admin.text("#claims-opened-author h2"))
                    .isEqualTo("Tickets ouverts par utilisateur qui l'a soumis");
            String perUser = admin.text("#claims-opened-author tbody");
            assertThat(perUser).containsPattern("Client[^\\n]* 4(\\n|$)").containsPattern("Agent[^\\n]* 3(\\n|$)");
            assertThat(admin.text("#claims-resolved-customer h2"))
                    .isEqualTo("Délai moyen de résolution (heures ouvrées) par client");
            // Martin's four tickets were resolved within hours, Julie Roux's three in a day or more: in business hours
            // (helpdesk's opening hours), whatever the time of day the demo was seeded, Julie's mean is the longer.
            String perCustomer = admin.text("#claims-resolved-customer tbody");
            assertThat(perCustomer.lines()).hasSize(2);
            assertThat(total(perCustomer, "Julie Roux")).isGreaterThan(total(perCustomer, "Cabinet Martin & Associés"));
            assertThat(admin.accessibilityViolations()).isEmpty();
            admin.resize(375, 800);
            assertThat(admin.overflow()).as(admin.outsideTheWindow()).isZero();
        }
    }

    @Test
    void medina_showsItsCustomersAndClaimsFiguresAndNoOtherModules() {
        try (Browser admin = Browser.signedIn(http.port(), "medina", "admin@medina.demo", "demo")) {
            admin.open(portal("medina", "/stats"));
            assertThat(admin.count("article.stats-figure[id^=claims-]")).isPositive();
            assertThat(admin.count("article.stats-figure[id^=customers-]")).isPositive();
            assertThat(admin.count("article.stats-figure:not([id^=claims-]):not([id^=customers-])"))
                    .isZero();
        }
        try (Browser admin = Browser.signedIn(http.port(), "atlas", "admin@atlas.demo", "demo")) {
            admin.open(portal("atlas", "/stats"));
            assertThat(admin.count("article.stats-figure[id^=claims-]")).isPositive();
        }
    }

    /** The total (last number) of the table row that names this member. */
    private static double total(String rows, String name) {
        String row = rows.lines()
                .filter(line -> line.startsWith(name + " "))
                .findFirst()
                .orElseThrow();
        return Double.parseDouble(row.substring(row.lastIndexOf(' ') + 1).replace(',', '.'));
    }

    private String portal(String slug, String path) {
        return Browser.portal(http.port(), slug, path);
    }
}
