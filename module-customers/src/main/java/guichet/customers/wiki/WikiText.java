package guichet.customers.wiki;

import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tickets.TicketLinks;
import guichet.platform.tickets.Tickets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A wiki page's text as HTML for whoever reads it: the safe Markdown, where each number of one of this customer's
 * tickets (« voir T-000042 ») links to that ticket's page, staff's or the customer's portal's. A number of another
 * customer's ticket, or of none, stays plain text; numbers in code and in links are left as written. Tenants without
 * the module that shows tickets get no links.
 */
@Component
public class WikiText {

    private final Markdown markdown;
    private final Tickets tickets;
    private final List<TicketLinks> links;
    private final CurrentTenant tenant;

    WikiText(Markdown markdown, Tickets tickets, List<TicketLinks> links, CurrentTenant tenant) {
        this.markdown = markdown;
        this.tickets = tickets;
        this.links = links;
        this.tenant = tenant;
    }

    /** The HTML staff read, ticket numbers linking to the staff's ticket pages. */
    @Transactional(readOnly = true)
    public String forStaff(CustomerId customer, String body) {
        return html(customer, body, false);
    }

    /** The HTML the customer reads in his portal, ticket numbers linking to his own ticket pages. */
    @Transactional(readOnly = true)
    public String forCustomer(CustomerId customer, String body) {
        return html(customer, body, true);
    }

    private String html(CustomerId customer, String body, boolean portal) {
        Element html = markdown.body(body);
        links.stream()
                .filter(l -> tenant.profile().hasModule(l.module()))
                .findFirst()
                .ifPresent(l -> link(
                        html,
                        l.numbers(),
                        numbers -> Set.copyOf(tickets.numbersOf(customer.value(), numbers.toArray(String[]::new))),
                        portal ? l::portal : l::staff));
        return html.html();
    }

    /**
     * Turns, in the text of {@code html} outside links and code, each match of {@code numbers} that {@code known}
     * keeps into a link to {@code address} of it. {@code known} is asked once, with every number found, and not at
     * all when there is none.
     */
    static void link(
            Element html, Pattern numbers, Function<Set<String>, Set<String>> known, UnaryOperator<String> address) {
        List<TextNode> texts = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        html.traverse((node, depth) -> {
            if (node instanceof TextNode text && !withinLinkOrCode(text)) {
                Matcher matcher = numbers.matcher(text.getWholeText());
                boolean any = false;
                while (matcher.find()) {
                    found.add(matcher.group());
                    any = true;
                }
                if (any) {
                    texts.add(text);
                }
            }
        });
        Set<String> linked = found.isEmpty() ? Set.of() : known.apply(found);
        if (linked.isEmpty()) {
            return;
        }
        for (TextNode text : texts) {
            String whole = text.getWholeText();
            Matcher matcher = numbers.matcher(whole);
            List<Node> parts = new ArrayList<>();
            int at = 0;
            while (matcher.find()) {
                if (linked.contains(matcher.group())) {
                    parts.add(new TextNode(whole.substring(at, matcher.start())));
                    parts.add(new Element("a")
                            .attr("href", address.apply(matcher.group()))
                            .addClass("g-ticket-ref")
                            .text(matcher.group()));
                    at = matcher.end();
                }
            }
            if (!parts.isEmpty()) {
                parts.add(new TextNode(whole.substring(at)));
                parts.forEach(text::before);
                text.remove();
            }
        }
    }

    private static boolean withinLinkOrCode(TextNode text) {
        for (Node parent = text.parent(); parent instanceof Element element; parent = element.parent()) {
            if (element.nameIs("a") || element.nameIs("code") || element.nameIs("pre")) {
                return true;
            }
        }
        return false;
    }
}
