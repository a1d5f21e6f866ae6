package guichet.platform.routing;

import guichet.platform.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The pages written before any tenant or security is in place: unknown host, suspended tenant, tenant still migrating,
 * a change to a read-only module. They are self-contained (no links back to the host) and name no tenant.
 */
@Component
class RefusalPages {

    static final int RETRY_AFTER_SECONDS = 10;

    private final ITemplateEngine templates;
    private final MessageSource messages;

    RefusalPages(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    void unknownHost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpServletResponse.SC_NOT_FOUND, "unknown");
    }

    void suspended(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "suspended");
    }

    /** A change to a module the tenant may only read: the reason is the module's unpaid subscription. */
    void readOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "readonly");
    }

    void migrating(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "migrating");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        Locale locale = Languages.forAnonymousPage(request);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        if (wantsJson(request)) {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"status\":" + status + ",\"title\":\"" + titleFor(reason) + "\",\"detail\":\""
                            + jsonText(messages.getMessage("refusal." + reason + ".text", null, locale))
                            + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> variables = new HashMap<>();
        variables.put("lang", locale.getLanguage());
        variables.put("dir", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
        variables.put("reason", reason);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            variables.put("retryAfter", RETRY_AFTER_SECONDS);
        }
        templates.process("errors/refusal", new Context(locale, variables), response.getWriter());
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith("/api/")
                || (accept != null && accept.contains("json") && !accept.contains("html"));
    }

    private static String titleFor(String reason) {
        return switch (reason) {
            case "unknown" -> "Not Found";
            case "suspended" -> "Suspended";
            case "readonly" -> "Read Only";
            default -> "Service Unavailable";
        };
    }

    private static String jsonText(String text) {
        return text.strip().replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
