package guichet.claims.mailbox;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Text helpers of the door: subjects without their reply prefixes, HTML bodies as plain text. */
final class MailText {

    /** « Re: », « RE : », « TR: », « Fwd: », « Fw: », « AW: », « WG: », repeated, in any case. */
    private static final Pattern REPLY_PREFIX =
            Pattern.compile("^\\s*((re|tr|fwd?|aw|wg|ref)\\s*(\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private MailText() {}

    /** The subject without its leading reply and forward prefixes. */
    static String withoutReplyPrefixes(String subject) {
        return REPLY_PREFIX.matcher(subject).replaceFirst("").strip();
    }

    /** At most {@code max} characters. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The readable text of an HTML body: paragraphs and line breaks kept, scripts and styles dropped. */
    static String htmlToText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.text());
                        } else if (node instanceof Element element && element.nameIs("br")) {
                            text.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element
                                && element.isBlock()
                                && !text.isEmpty()
                                && text.charAt(text.length() - 1) != '\n') {
                            text.append('\n');
                        }
                    }
                },
                document.body());
        return BLANK_LINES
                .matcher(text.toString().replace('\u00a0', ' '))
                .replaceAll("\n\n")
                .strip();
    }
}
