package guichet.platform.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a saved filter keeps of a list's query string. */
class FilterQueryTest {

    @Test
    void pagingBlanksAndTokensAreDroppedCriteriaKept() {
        assertThat(FilterQuery.normalized("?q=&kind=CUSTOMER&page=4&lang=ar&_csrf=abc&sort=email&dir=desc#top"))
                .isEqualTo("kind=CUSTOMER&sort=email&dir=desc");
        assertThat(FilterQuery.normalized("")).isEmpty();
    }

    @Test
    void valuesAreReEncodedSoThatTheyReadBackTheSame() {
        assertThat(FilterQuery.normalized("q=Dupont+%C3%A9t%C3%A9&tag=a%2Bb&x=%26%3D"))
                .isEqualTo("q=Dupont%20%C3%A9t%C3%A9&tag=a%2Bb&x=%26%3D");
        assertThat(FilterQuery.normalized("q=<script>")).isEqualTo("q=%3Cscript%3E");
    }

    @Test
    void tooLongOrBadlyEncodedQueriesAreRefused() {
        assertThatThrownBy(() -> FilterQuery.normalized("q=" + "x".repeat(SavedFilter.MAX_QUERY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterQuery.normalized("q=%E0%A4%A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListLinksToItsPathWithTheSavedQuery() {
        FilterableList tickets = new FilterableList("claims.tickets", "/claims/tickets", "claims.title", "claims.view");
        assertThat(tickets.linkTo("state=open")).isEqualTo("/claims/tickets?state=open");
        assertThat(tickets.linkTo("")).isEqualTo("/claims/tickets");
        assertThatThrownBy(() -> new FilterableList("tickets", "/claims", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FilterableList("claims.tickets", "//evil.example", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
