package guichet.customers.directory;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aNaturalPersonNeedsALastNameAndALegalPersonACompanyName() {
        assertThat(details(Customer.Kind.NATURAL_PERSON, null, "Sarl", List.of(), List.of())
                        .problems(TODAY))
                .containsEntry("lastName", "customers.error.lastName.required");
        assertThat(details(Customer.Kind.LEGAL_PERSON, "Nom", " ", List.of(), List.of())
                        .problems(TODAY))
                .containsEntry("companyName", "customers.error.companyName.required");
    }

    @Test
    void contactsAreCheckedAndBlankOnesIgnored() {
        assertThat(details(
                                Customer.Kind.NATURAL_PERSON,
                                "Nom",
                                null,
                                List.of("a@b.fr", " "),
                                List.of("+216 20 123 456", ""))
                        .problems(TODAY))
                .isEmpty();
        assertThat(details(Customer.Kind.NATURAL_PERSON, "Nom", null, List.of("a@b"), List.of("12"))
                        .problems(TODAY))
                .containsEntry("emails", "customers.error.email.format")
                .containsEntry("phones", "customers.error.phone.format");
    }

    @Test
    void theNameToCompareIsTheCompanysOrTheFirstAndLastName() {
        assertThat(details(Customer.Kind.LEGAL_PERSON, null, "Sfax Logistique", List.of(), List.of())
                        .name())
                .isEqualTo("Sfax Logistique");
        assertThat(details(Customer.Kind.NATURAL_PERSON, "Ben Salah", null, List.of(), List.of())
                        .name())
                .isEqualTo("Amira Ben Salah");
    }

    private static CustomerDetails details(
            Customer.Kind kind, String lastName, String company, List<String> emails, List<String> phones) {
        return new CustomerDetails(
                kind, "Amira", lastName, company, null, null, null, emails, phones, List.of(), null, null, false, false,
                false, null);
    }
}
