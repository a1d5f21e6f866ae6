package guichet.claims.mailbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a mail's sender is who its From header says, on the word of the receiving server only (RFC 8601, ADR 0037).
 * Anyone can write an {@code Authentication-Results} header into a mail he sends: only the topmost one carrying the
 * receiving server's own identifier (its authserv-id, configured on the mailbox) is read, and it vouches for the sender
 * when it says {@code dmarc=pass}, or {@code dkim=pass} for the From domain or a parent of it, or {@code spf=pass} for an
 * envelope sender in that domain. A {@code dmarc=fail} outweighs the rest.
 */
final class SenderVerdicts {

    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");

    private SenderVerdicts() {}

    /**
     * @param headers the mail's {@code Authentication-Results} headers, topmost first
     * @param authservId the receiving server's identifier
     * @param fromEmail the sender's address as the From header gives it
     */
    static boolean vouchFor(List<String> headers, String authservId, String fromEmail) {
        String domain = domainOf(fromEmail);
        if (domain.isEmpty()) {
            return false;
        }
        return headers.stream()
                .map(header ->
                        COMMENT.matcher(COMMENT.matcher(header).replaceAll(" ")).replaceAll(" "))
                .filter(header -> authservIdOf(header).equalsIgnoreCase(authservId.strip()))
                .findFirst()
                .map(header -> passes(header, domain))
                .orElse(false);
    }

    private static String authservIdOf(String header) {
        int semicolon = header.indexOf(';');
        String[] words = (semicolon < 0 ? header : header.substring(0, semicolon))
                .strip()
                .split("\\s+");
        return words.length == 0 ? "" : words[0];
    }

    private static boolean passes(String header, String domain) {
        boolean vouched = false;
        String[] results = header.split(";");
        for (int i = 1; i < results.length; i++) {
            String[] words = results[i].strip().split("\\s+");
            String[] verdict = words[0].toLowerCase(Locale.ROOT).split("=", 2);
            if (verdict.length < 2) {
                continue;
            }
            String method = verdict[0].replaceAll("/\\d+$", "");
            String result = verdict[1];
            if (method.equals("dmarc") && result.equals("fail")) {
                return false;
            }
            if (!result.equals("pass")) {
                continue;
            }
            vouched |= switch (method) {
                case "dmarc" ->
                    property(words, "header.from").map(d -> d.equals(domain)).orElse(true);
                case "dkim" ->
                    property(words, "header.d")
                            .or(() -> property(words, "header.i").map(SenderVerdicts::domainOf))
                            .filter(d -> aligned(domain, d))
                            .isPresent();
                case "spf" ->
                    property(words, "smtp.mailfrom")
                            .map(SenderVerdicts::domainOf)
                            .filter(d -> aligned(domain, d))
                            .isPresent();
                default -> false;
            };
        }
        return vouched;
    }

    private static Optional<String> property(String[] words, String name) {
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals > 0 && word.substring(0, equals).equalsIgnoreCase(name)) {
                return Optional.of(
                        word.substring(equals + 1).toLowerCase(Locale.ROOT).replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** The From domain is the signing domain or under it (relaxed alignment), never a bare top-level domain. */
    private static boolean aligned(String fromDomain, String signing) {
        return signing.contains(".") && (fromDomain.equals(signing) || fromDomain.endsWith("." + signing));
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return (at < 0 ? address : address.substring(at + 1)).strip().toLowerCase(Locale.ROOT);
    }
}
