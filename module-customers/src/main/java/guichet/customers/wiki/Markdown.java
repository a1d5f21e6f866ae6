package guichet.customers.wiki;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * A wiki page's Markdown as the HTML a browser may show: CommonMark with GitHub's tables, then cleaned by jsoup to an
 * allow-list of elements and attributes, so that no script, event handler, style or {@code javascript:} link
 * survives, whatever was typed (raw HTML included). Links open without handing the page over ({@code noopener}) and
 * images come only over HTTP(S).
 */
@Component
public class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addTags("img")
            .addAttributes("img", "alt", "title", "src")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    /** Safe HTML for this Markdown. */
    public String html(String markdown) {
        return body(markdown).html();
    }

    /**
     * The safe HTML of this Markdown as the body of a document, for a caller that adds to it what the allow-list would
     * not let through (links it makes itself to the customer's tickets, say).
     */
    public Element body(String markdown) {
        String rendered = renderer.render(parser.parse(markdown));
        Document cleaned = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(rendered, ""));
        cleaned.outputSettings().prettyPrint(false);
        return cleaned.body();
    }
}
