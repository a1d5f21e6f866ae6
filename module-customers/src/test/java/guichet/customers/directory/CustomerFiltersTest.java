package guichet.customers.directory;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.filters.FilterQuery;
import guichet.platform.ids.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A saved query string of the customer list reads back as the filters the list page would apply. */
class CustomerFiltersTest {

    @Test
    void aSavedQueryReadsBackAsTheListsFilters() {
        UUID rep = UUID.randomUUID();
        String saved = FilterQuery.normalized(
                "q=ben+salah&stage=CUSTOMER&kind=LEGAL_PERSON&segment=Grands comptes&rep=" + rep + "&page=2");
        assertThat(CustomerFilters.ofQuery(saved))
                .isEqualTo(new CustomerFilters(
                        "ben salah",
                        Customer.Stage.CUSTOMER,
                        Customer.Kind.LEGAL_PERSON,
                        "Grands comptes",
                        new UserId(rep)));
    }

    @Test
    void unknownValuesFilterNothingAsOnTheListPage() {
        assertThat(CustomerFilters.ofQuery("stage=FORMER&kind=ROBOT&rep=nobody&colour=blue"))
                .isEqualTo(CustomerFilters.NONE);
        assertThat(CustomerFilters.ofQuery("")).isEqualTo(CustomerFilters.NONE);
    }

    @Test
    void theCountersLookUpByNumberSearchesThatNumber() {
        assertThat(CustomerFilters.ofQuery("number=C0001000").text()).isEqualTo("C0001000");
        assertThat(CustomerFilters.ofQuery("number=C0001000&q=ali").text()).isEqualTo("ali");
        assertThat(CustomerFilters.ofQuery(FilterQuery.normalized("segment=A%2BB"))
                        .segment())
                .isEqualTo("A+B");
    }
}
