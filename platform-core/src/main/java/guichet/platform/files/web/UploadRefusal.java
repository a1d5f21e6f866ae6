package guichet.platform.files.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a visitor whose upload was refused back to the page the form was on (his {@code Referer}, when it is a page of
 * the same host; the home page otherwise), where the layout shows the message.
 */
final class UploadRefusal {

    /** The flash attribute the layout shows as an alert. */
    static final String PROBLEM = "problem";

    /** The message shown. */
    static final String TOO_LARGE = "files.error.too-large";

    private UploadRefusal() {}

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    static void sendBack(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getContextPath() + formPage(request);
        FlashMap flash = new FlashMap();
        flash.put(PROBLEM, TOO_LARGE);
        flash.setTargetRequestPath(target.contains("?") ? target.substring(0, target.indexOf('?')) : target);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
        }
    }

    /** The path and query of the referring page, if it is one of this host's; "/" otherwise. */
    private static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI page = URI.create(referer);
            String path = page.getRawPath();
            if (!request.getServerName().equalsIgnoreCase(page.getHost())
                    || path == null
                    || !path.startsWith(request.getContextPath() + "/")
                    || path.startsWith("//")) {
                return "/";
            }
            String local = path.substring(request.getContextPath().length());
            return page.getRawQuery() == null ? local : local + "?" + page.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
