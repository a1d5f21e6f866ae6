package guichet.platform.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerContactsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static Customer amira() {
        return Customer.person(new CustomerNumber("C-0001"), Customer.Stage.CUSTOMER, "Amira", "Ben Salah", NOW)
                .withContacts(
                        List.of(
                                ContactPoint.phone("+216 20 000 111", null),
                                ContactPoint.email("amira@example.tn", null),
                                ContactPoint.email("a.bensalah@work.tn", "travail"),
                                ContactPoint.email("AMIRA@example.tn", null)),
                        NOW);
    }

    @Test
    void emailsComeBeforePhonesWithoutRepeatsAndTheFirstOfEachKindIsTheMainOne() {
        Customer customer = amira();

        assertThat(customer.emails()).containsExactly("amira@example.tn", "a.bensalah@work.tn");
        assertThat(customer.phones()).containsExactly("+216 20 000 111");
        assertThat(customer.email()).isEqualTo("amira@example.tn");
        assertThat(customer.phone()).isEqualTo("+216 20 000 111");
    }

    @Test
    void aNewMainEmailReplacesTheOldMainOneAndKeepsTheOthers() {
        Customer customer = amira().withContact("amira.bs@mail.tn", "+216 20 000 111", NOW);

        assertThat(customer.emails()).containsExactly("amira.bs@mail.tn", "a.bensalah@work.tn");
        assertThat(customer.email()).isEqualTo("amira.bs@mail.tn");
        assertThat(customer.phones()).containsExactly("+216 20 000 111");
    }

    @Test
    void aBlankMainPhoneDropsTheMainPhoneOnly() {
        Customer customer = amira().withContact("amira@example.tn", "  ", NOW);

        assertThat(customer.phones()).isEmpty();
        assertThat(customer.phone()).isNull();
        assertThat(customer.emails()).containsExactly("amira@example.tn", "a.bensalah@work.tn");
    }

    @Test
    void searchTextHoldsNumberNamesEmailWordsAndPhoneDigitsAccentFree() {
        Customer customer = Customer.person(
                        new CustomerNumber("c-0002"), Customer.Stage.PROSPECT, "Hélène", "Dupré", NOW)
                .withContact("helene.dupre@exemple.fr", "06 12 34 56 78", NOW);

        assertThat(customer.searchText())
                .contains(" c-0002")
                .contains(" helene")
                .contains(" dupre")
                .contains("0612345678")
                .doesNotContain("é");
    }
}
