package guichet.customers.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A wiki page's Markdown shows as HTML without anything that could run in the reader's browser. */
class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void markdownBecomesHeadingsListsLinksAndTables() {
        Document html = Jsoup.parse(markdown.html(
                "## Installation\n\n- 14 postes\n- **Trunk** de secours\n\n[Console](https://console.example.fr)\n\n"
                        + "| Poste | Numéro |\n| --- | --- |\n| Accueil | 101 |\n"));
        assertThat(html.select("h2").text()).isEqualTo("Installation");
        assertThat(html.select("li").eachText()).containsExactly("14 postes", "Trunk de secours");
        assertThat(html.select("strong").text()).isEqualTo("Trunk");
        assertThat(html.select("a").attr("href")).isEqualTo("https://console.example.fr");
        assertThat(html.select("a").attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(html.select("td").eachText()).containsExactly("Accueil", "101");
    }

    @Test
    void noScriptEventHandlerStyleOrJavascriptLinkSurvives() {
        String html = markdown.html("<script>alert('x')</script>\n\n"
                + "<img src=\"x\" onerror=\"alert('y')\">\n\n"
                + "<a href=\"javascript:alert('z')\">clic</a> [lien](javascript:alert('w'))\n\n"
                + "<p style=\"position:fixed\" onclick=\"alert(1)\">texte</p>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>");
        assertThat(html.toLowerCase())
                .doesNotContain("<script", "onerror", "onclick", "javascript:", "style=", "<iframe", "alert('x')");
        assertThat(Jsoup.parse(html).text()).contains("clic", "lien", "texte");
    }

    @Test
    void theCustomersTicketNumbersBecomeLinksAndNothingElseDoes() {
        Element body = markdown.body("Suite à T-000042 et T-000043, voir aussi T-0000421 et XT-000042.\n\n"
                + "`T-000042` dans du code ; [déjà un lien T-000042](https://exemple.fr) ; T-000042 encore.");
        List<Set<String>> asked = new ArrayList<>();
        WikiText.link(
                body,
                Pattern.compile("(?<![\\w-])T-\\d{6,}(?![\\w-])"),
                numbers -> {
                    asked.add(numbers);
                    return Set.of("T-000042");
                },
                number -> "/claims/" + number);
        assertThat(asked).containsExactly(Set.of("T-000042", "T-000043", "T-0000421"));
        assertThat(body.select("a.g-ticket-ref").eachAttr("href"))
                .containsExactly("/claims/T-000042", "/claims/T-000042");
        assertThat(body.text())
                .isEqualTo("Suite à T-000042 et T-000043, voir aussi T-0000421 et XT-000042. "
                        + "T-000042 dans du code ; déjà un lien T-000042 ; T-000042 encore.");
        assertThat(body.select("code").text()).isEqualTo("T-000042");

        Element none = markdown.body("Pas de demande ici.");
        WikiText.link(
                none,
                Pattern.compile("T-\\d{6}"),
                numbers -> {
                    throw new AssertionError("asked without any number");
                },
                number -> number);
        assertThat(none.select("a")).isEmpty();
    }
}
