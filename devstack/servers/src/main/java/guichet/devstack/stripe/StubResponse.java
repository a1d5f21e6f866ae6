package guichet.devstack.stripe;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What the stub answers: a status, a content type and a body, or a redirect. */
record StubResponse(int status, String contentType, byte[] body, String location) {

    static StubResponse json(int status, Object value) {
        return new StubResponse(
                status, "application/json", StubJson.write(value).getBytes(StandardCharsets.UTF_8), "");
    }

    static StubResponse html(String page) {
        return new StubResponse(200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), "");
    }

    static StubResponse redirect(String location) {
        return new StubResponse(303, "text/plain", new byte[0], location);
    }

    void write(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Request-Id", "req_stub");
        if (!location.isEmpty()) {
            exchange.getResponseHeaders().set("Location", location);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
