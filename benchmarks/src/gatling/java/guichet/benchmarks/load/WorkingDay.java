package guichet.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One tenant's working day against a running Guichet: agents work the staff list (filters, pages, sort, search), open
 * tickets, reply and export; portal customers read their list and tickets, reply and open new claims; about 80 % of
 * the requests read. Every virtual user signs in through the tenant's Keycloak login form, as a person does, and keeps
 * the session cookie; writes carry the CSRF token of the form they submit. Each request type has its own name, so the
 * report gives its throughput and percentiles; the global assertions fail the run past the thresholds.
 *
 * <p>Settings ({@code -D…}): {@code guichet.load.url} (the tenant's address, default
 * {@code http://helpdesk.localhost:8080}), {@code guichet.load.address} (where its host name points, default
 * {@code 127.0.0.1}), {@code guichet.load.agents}, {@code .customers}, {@code .duration} (seconds of work after the
 * ramp), {@code .ramp} (seconds), {@code .think-min} and {@code .think-max} (seconds between two actions),
 * {@code .new-claims} (percent of a customer's actions), {@code .min-rps}, {@code .max-p99} (ms), {@code .max-errors}
 * (percent); and the accounts' {@link LoadSettings}.
 */
public class WorkingDay extends Simulation {

    private static final LoadSettings SETTINGS = LoadSettings.fromSystem();
    private static final URI URL = URI.create(System.getProperty("guichet.load.url", "http://helpdesk.localhost:8080"));
    private static final String ADDRESS = System.getProperty("guichet.load.address", "127.0.0.1");
    private static final Duration WORK = Duration.ofSeconds(Long.getLong("guichet.load.duration", 600));
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("guichet.load.ramp", 60));
    private static final Duration THINK_MIN =
            Duration.ofMillis(Math.round(Double.parseDouble(System.getProperty("guichet.load.think-min", "1")) * 1000));
    private static final Duration THINK_MAX =
            Duration.ofMillis(Math.round(Double.parseDouble(System.getProperty("guichet.load.think-max", "3")) * 1000));
    private static final double MIN_RPS = Double.parseDouble(System.getProperty("guichet.load.min-rps", "200"));
    private static final int MAX_P99 = Integer.getInteger("guichet.load.max-p99", 250);
    private static final double MAX_ERRORS = Double.parseDouble(System.getProperty("guichet.load.max-errors", "0.5"));

    /** A customer's actions that write: replies and new claims, a fifth of them. */
    private static final double CUSTOMER_WRITES = 20.0;

    /**
     * The share of a customer's actions that opens a new claim, in percent ({@code guichet.load.new-claims}, default 1),
     * the rest of his writes being replies. Each new claim tells every agent, in-app and by mail: at 8 %, the first
     * setting, 400 customers opened about 5,000 claims in ten minutes (30,000 an hour for 40 agents) and the mails of
     * that fan-out, 44 per claim, were most of the day's work. At 1 % they open about 600 in ten minutes, still far more
     * than a help desk of forty receives in a day.
     */
    private static final double NEW_CLAIMS = Double.parseDouble(System.getProperty("guichet.load.new-claims", "1"));

    private static final List<String> SEARCHED = List.of("facture", "ligne", "coupure", "débit", "standard");

    private final HttpProtocolBuilder protocol = http.baseUrl(URL.toString())
            .hostNameAliases(Map.of(URL.getHost(), List.of(ADDRESS)))
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .userAgentHeader("Guichet working day (Gatling)");

    // The checks read the page as text (substrings and regular expressions), not as a parsed document: parsing every
    // page with CSS selectors took about a tenth of the machine that Guichet shares with Gatling.

    /** Not the sign-in page: the sign-in form would answer 200 too. */
    private static final CheckBuilder NOT_SIGN_IN =
            substring("id=\"kc-form-login\"").notExists();

    /** The staff list's search form. */
    private static final CheckBuilder STAFF_LIST = substring("<form action=\"/claims\" method=\"get\"");
    /** The portal list's « new claim » link. */
    private static final CheckBuilder PORTAL_LIST = substring("href=\"/claims/my/new\"");

    /** A pattern of the token of the form whose opening tag has {@code inFormTag}. */
    private static String csrfOf(String inFormTag) {
        return inFormTag + "[^>]*><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"";
    }

    // Signing in: the portal sends the visitor to the realm's login form, whose action is posted with the credentials;
    // the redirects lead back through the OAuth2 callback to the page first asked for, with the session cookie set.
    private static ChainBuilder signIn(String who, String landing, CheckBuilder proof) {
        return exec(http(who + ": sign-in form")
                        .get(landing)
                        .check(
                                status().is(200),
                                regex("id=\"kc-form-login\"[^>]* action=\"([^\"]+)\"")
                                        .transform(action -> action.replace("&amp;", "&"))
                                        .saveAs("loginAction")))
                .exec(http(who + ": sign in")
                        .post("#{loginAction}")
                        .formParam("username", "#{email}")
                        .formParam("password", SETTINGS.password())
                        .formParam("credentialId", "")
                        .check(status().is(200), NOT_SIGN_IN, proof));
    }

    private static ChainBuilder think() {
        return pause(THINK_MIN, THINK_MAX);
    }

    // Agents.

    private static final ChainBuilder STAFF_LIST_PAGE = exec(http("agent: list")
            .get("/claims")
            .check(
                    status().is(200),
                    STAFF_LIST,
                    regex("href=\"(/claims/[A-Z]+-\\d+)\"")
                            .findRandom()
                            .optional()
                            .saveAs("ticket")));

    private static final ChainBuilder FILTERED = exec(http("agent: list open, sorted")
            .get("/claims?view=open&sort=priority&dir=asc")
            .check(status().is(200), STAFF_LIST));

    private static final ChainBuilder SECOND_PAGE =
            exec(http("agent: list page 2").get("/claims?size=5&page=1").check(status().is(200), STAFF_LIST));

    private static final ChainBuilder SEARCH = exec(session -> session.set("word", random(SEARCHED)))
            .exec(http("agent: search")
                    .get("/claims")
                    .queryParam("q", "#{word}")
                    .check(status().is(200), STAFF_LIST));

    private static final ChainBuilder OPEN_TICKET = exec(session -> session.remove("csrf"))
            .doIf(session -> session.contains("ticket"))
            .then(exec(http("agent: ticket")
                    .get("#{ticket}")
                    .check(
                            status().is(200),
                            NOT_SIGN_IN,
                            substring("href=\"/claims\""),
                            substring("#{ticket}"),
                            regex(csrfOf("id=\"reply\"")).optional().saveAs("csrf"))));

    private static final ChainBuilder REPLY = exec(OPEN_TICKET)
            .doIf(session -> session.contains("csrf"))
            .then(exec(session -> session.set("text", "Nous vérifions votre ligne, réf. " + UUID.randomUUID()))
                    .exec(think())
                    .exec(http("agent: reply")
                            .post("#{ticket}/messages")
                            .asMultipartForm()
                            .formParam("_csrf", "#{csrf}")
                            .formParam("intent", "reply")
                            .formParam("body", "#{text}")
                            .check(status().is(200), NOT_SIGN_IN, substring("#{text}"))));

    private static final ChainBuilder EXPORT = exec(http("agent: export CSV")
            .get("/claims/export.csv?view=open")
            .check(
                    status().is(200),
                    header("Content-Type")
                            .transform(type -> type.startsWith("text/csv"))
                            .is(true)));

    // Portal customers.

    private static final ChainBuilder MY_LIST = exec(http("customer: my list")
            .get("/claims/my")
            .check(
                    status().is(200),
                    PORTAL_LIST,
                    regex("href=\"(/claims/my/[A-Z]+-\\d+)\"")
                            .findRandom()
                            .optional()
                            .saveAs("mine")));

    private static final ChainBuilder MY_OPEN =
            exec(http("customer: my open list").get("/claims/my?show=open").check(status().is(200), PORTAL_LIST));

    private static final ChainBuilder MY_TICKET = exec(session -> session.remove("csrf"))
            .doIf(session -> session.contains("mine"))
            .then(exec(http("customer: ticket")
                    .get("#{mine}")
                    .check(
                            status().is(200),
                            NOT_SIGN_IN,
                            substring("href=\"/claims/my\""),
                            substring("#{mine}"),
                            regex(csrfOf("id=\"reply\"")).optional().saveAs("csrf"))));

    private static final ChainBuilder MY_REPLY = exec(MY_TICKET)
            .doIf(session -> session.contains("csrf"))
            .then(exec(session -> session.set("text", "Toujours en panne ce matin, réf. " + UUID.randomUUID()))
                    .exec(think())
                    .exec(http("customer: reply")
                            .post("#{mine}/messages")
                            .asMultipartForm()
                            .formParam("_csrf", "#{csrf}")
                            .formParam("body", "#{text}")
                            .check(status().is(200), NOT_SIGN_IN, substring("#{text}"))));

    // A form that failed to load (already counted) has no token to send: the claim is then not posted.
    private static final ChainBuilder NEW_CLAIM = exec(session -> session.remove("csrf"))
            .exec(http("customer: new claim form")
                    .get("/claims/my/new")
                    .check(
                            status().is(200),
                            regex(csrfOf("action=\"/claims/my/new\" method=\"post\""))
                                    .saveAs("csrf")))
            .doIf(session -> session.contains("csrf"))
            .then(exec(session -> session.set("text", "Ligne coupée depuis hier, réf. " + UUID.randomUUID()))
                    .exec(think())
                    .exec(http("customer: new claim")
                            .post("/claims/my/new")
                            .asMultipartForm()
                            .formParam("_csrf", "#{csrf}")
                            .formParam("sale", "")
                            .formParam("type", "")
                            .formParam("title", "#{text}")
                            .formParam("description", "Plus de tonalité sur le standard depuis hier soir.")
                            .check(
                                    status().is(200),
                                    NOT_SIGN_IN,
                                    substring("#{text}"),
                                    currentLocationRegex("(/claims/my/[^/?#]+)$")
                                            .saveAs("mine"))));

    /** The accounts, in turn: the n-th virtual user signs in as the n-th account. */
    private static Iterator<Map<String, Object>> accounts(Function<Integer, String> email, int count) {
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("email", email.apply(next.getAndIncrement() % Math.max(1, count) + 1));
            }
        };
    }

    private static <T> T random(List<T> values) {
        return values.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(values.size()));
    }

    // About 80 % reads: every write is preceded by the read of its page.
    private final ScenarioBuilder agents = scenario("Agents")
            .feed(accounts(LoadSettings::agent, SETTINGS.agents()))
            .exec(signIn("agent", "/claims", STAFF_LIST))
            .exec(STAFF_LIST_PAGE)
            .during(WORK)
            .on(think().randomSwitch()
                    .on(
                            percent(22.0).then(STAFF_LIST_PAGE),
                            percent(15.0).then(FILTERED),
                            percent(10.0).then(SECOND_PAGE),
                            percent(15.0).then(SEARCH),
                            percent(25.0).then(OPEN_TICKET),
                            percent(10.0).then(REPLY),
                            percent(3.0).then(EXPORT)));

    private final ScenarioBuilder customers = scenario("Customers")
            .feed(accounts(LoadSettings::customer, SETTINGS.customers()))
            .exec(signIn("customer", "/claims/my", PORTAL_LIST))
            .exec(MY_LIST)
            .doIf(session -> !session.contains("mine"))
            .then(NEW_CLAIM)
            .during(WORK)
            .on(think().randomSwitch()
                    .on(
                            percent(35.0).then(MY_LIST),
                            percent(15.0).then(MY_OPEN),
                            percent(30.0).then(MY_TICKET),
                            percent(CUSTOMER_WRITES - NEW_CLAIMS).then(MY_REPLY),
                            percent(NEW_CLAIMS).then(NEW_CLAIM)));

    {
        setUp(
                        agents.injectOpen(rampUsers(SETTINGS.agents()).during(RAMP)),
                        customers.injectOpen(rampUsers(SETTINGS.customers()).during(RAMP)))
                .protocols(protocol)
                .maxDuration(RAMP.plus(WORK).plusMinutes(2))
                .assertions(
                        global().requestsPerSec().gte(MIN_RPS),
                        global().responseTime().percentile(99.0).lte(MAX_P99),
                        global().failedRequests().percent().lt(MAX_ERRORS));
    }
}
