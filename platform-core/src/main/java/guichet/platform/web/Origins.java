package guichet.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Addresses of this platform's hosts as the visitor reaches them: his scheme and port, the default port left out. */
public final class Origins {

    private Origins() {}

    /** This request's origin: {@code https://poste.guichet.example} or {@code http://localhost:8080}. */
    public static String of(HttpServletRequest request) {
        return on(request.getServerName(), request);
    }

    /** Another host of the platform, with the scheme and port this request came on: a tenant's portal from the console. */
    public static String on(String host, HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
