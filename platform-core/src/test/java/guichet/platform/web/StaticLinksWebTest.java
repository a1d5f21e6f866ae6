package guichet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GuichetTest
class StaticLinksWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantHttp http;

    @Autowired
    StaticLinks links;

    @Test
    void webjarLinksGetTheirVersionedAddressAndAreServedThere() {
        TenantHttp.Client visitor = http.tenant(tenants.create("links"));
        Document home = visitor.get("/").html();
        List<String> webjars = home.select("link[href^=/webjars/], script[src^=/webjars/]").stream()
                .map(element -> element.hasAttr("href") ? element.attr("href") : element.attr("src"))
                .toList();
        assertThat(webjars)
                .isNotEmpty()
                .allMatch(href -> href.matches("/webjars/[^/]+/\\d+\\.\\d+[^/]*/.+"), "carries the webjar's version");
        for (String href : webjars) {
            assertThat(visitor.get(href).status()).as(href).isEqualTo(200);
        }
    }

    @Test
    void aPageRenderedAgainLooksNothingUpOnTheClassPath() {
        TenantHttp.Client visitor = http.tenant(tenants.create("lookups"));
        Document first = visitor.get("/?page=2").html();
        long afterFirst = links.lookups();

        Document again = visitor.get("/?page=3&lang=en").html();
        visitor.get("/?page=2").html();

        assertThat(links.lookups())
                .as("no class-path look-up once each link was met")
                .isEqualTo(afterFirst);
        assertThat(again.select(".g-languages a").eachAttr("href"))
                .as("page links are left as they are")
                .containsExactly("/?page=3&lang=fr", "/?page=3&lang=en", "/?page=3&lang=ar");
        assertThat(first.select("link[rel=stylesheet]").eachAttr("href"))
                .isEqualTo(visitor.get("/?page=2")
                        .html()
                        .select("link[rel=stylesheet]")
                        .eachAttr("href"));
    }
}
