package guichet;

import guichet.MappedEndpoints.PageMapping;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.identity.Role;
import guichet.platform.modules.Permissions;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every page of every audience, in a real browser: the visitor's, the customer's, each staff role's and the platform
 * owner's console. The pages are not named here: they are the application's own GET mappings, each opened by the
 * audience its permission names, on {@code atlas} (which has every module); a mapping with path variables at an address
 * a link of a page already seen leads to, as a user reaches it; what atlas's demo data leads to nowhere is looked for on
 * {@code helpdesk} (its customer's wiki). Each page fits its window at 375, 768 and 1280 px in French and in Arabic
 * (right to left), and axe-core finds no serious or critical violation of WCAG 2.1 A and AA on it, in French on a laptop
 * and in Arabic on a phone. A mapping that answers a file, a fragment or another host's page is listed, not checked.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class EveryPageBrowserTest {

    private static final int[] WIDTHS = {1280, 768, 375};
    private static final int WALKS_PER_PATTERN = 3;
    private static final String[] LANGUAGES = {"fr", "ar"};
    /** Where axe-core runs: French at a laptop's width, Arabic (right to left) at a phone's. */
    private static final Set<String> CHECKED_BY_AXE = Set.of("1280 fr", "375 ar");

    private static final List<Role> AUDIENCES =
            List.of(Role.CUSTOMER, Role.TENANT_ADMIN, Role.AGENT, Role.SALES_REP, Role.SELLER);
    private static final Map<Role, String> DEMO_ACCOUNTS = Map.of(
            Role.CUSTOMER, "customer",
            Role.TENANT_ADMIN, "admin",
            Role.AGENT, "agent",
            Role.SALES_REP, "sales",
            Role.SELLER, "seller");

    /**
     * The mappings no demo page may link to, each with why: files, and what exists only after a user's action. Any
     * other mapping never reached fails the test.
     */
    private static final Map<String, String> NEVER_LED_TO = Map.ofEntries(
            Map.entry("customer /claims/my/{number}/attachments/{id}", "a file; no demo ticket carries one"),
            Map.entry("tenant-admin /claims/{number}/attachments/{id}", "a file; no demo ticket carries one"),
            Map.entry("customer /customers/mine/wiki/{page}/files/{file}", "a file; no demo wiki page carries one"),
            Map.entry("tenant-admin /customers/{id}/wiki/{page}/files/{file}", "a file; no demo wiki page carries one"),
            Map.entry("tenant-admin /customers/imports/{id}", "an import's report, once a file is imported"),
            Map.entry(
                    "tenant-admin /quotes/{number}/diff",
                    "reached by the quote page's comparison form (two revisions chosen), a GET form, not a link"),
            Map.entry(
                    "tenant-admin /quotes/by-id/{id}",
                    "a redirect to /quotes/{number} for links that know only a quote's id, never a page of its own"),
            Map.entry(
                    "agent /quotes/{number}/diff",
                    "reached by the quote page's comparison form (two revisions chosen), a GET form, not a link"),
            Map.entry(
                    "agent /quotes/by-id/{id}",
                    "a redirect to /quotes/{number} for links that know only a quote's id, never a page of its own"),
            Map.entry(
                    "sales-rep /quotes/{number}/diff",
                    "reached by the quote page's comparison form (two revisions chosen), a GET form, not a link"),
            Map.entry(
                    "sales-rep /quotes/by-id/{id}",
                    "a redirect to /quotes/{number} for links that know only a quote's id, never a page of its own"),
            Map.entry(
                    "seller /quotes/{number}/diff",
                    "reached by the quote page's comparison form (two revisions chosen), a GET form, not a link"),
            Map.entry(
                    "seller /quotes/by-id/{id}",
                    "a redirect to /quotes/{number} for links that know only a quote's id, never a page of its own"),
            Map.entry("owner /tenants/{slug}/exports/{id}", "a download, once an export is asked for"),
            Map.entry("owner /signup/{id}", "a sign-up under way"),
            Map.entry("owner /signup/{id}/progress", "a sign-up under way (its progress fragment)"),
            Map.entry(
                    "tenant-admin /contact/messages/{id}",
                    "an administrator's own message to the administrators; the demo's come from the customer and the"
                            + " agent (the customer's is checked)"),
            Map.entry("customer /contact/messages/{id}/screenshot", "a file; no demo contact message carries one"),
            Map.entry("tenant-admin /contact/messages/{id}/screenshot", "a file; no demo contact message carries one"),
            Map.entry("tenant-admin /admin/contact/{id}/screenshot", "a file; no demo contact message carries one"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TenantHttp http;

    @Autowired
    Permissions permissions;

    @Autowired
    TestAccounts accounts;

    private final Map<String, String> problems = new TreeMap<>();
    private final Map<String, String> checked = new TreeMap<>();
    private final Map<String, String> notPages = new TreeMap<>();

    @Test
    void everyPageOfEveryAudienceFitsItsWindowAndPassesAxeInFrenchAndArabic() {
        MappedEndpoints endpoints = new MappedEndpoints(mappings);
        List<PageMapping> tenantPages = endpoints.getMappings(false);
        List<String> tenantPatterns =
                tenantPages.stream().map(PageMapping::pattern).distinct().toList();
        List<String> consolePatterns = endpoints.getMappings(true).stream()
                .map(PageMapping::pattern)
                .distinct()
                .toList();

        Map<String, List<String>> unreached = new LinkedHashMap<>();
        Map<String, List<String>> walked = new LinkedHashMap<>();
        try (Browser visitor = new Browser()) {
            List<String> his = patterns(tenantPages, null);
            unreached.put("visitor", crawl(visitor, "visitor", "atlas", his, his, tenantPatterns));
        }
        Set<String> seenByStaff = new LinkedHashSet<>();
        for (Role role : AUDIENCES) {
            List<String> his = patterns(tenantPages, role);
            walked.put(role.id(), his);
            List<String> toCheck = new ArrayList<>(his);
            if (role != Role.CUSTOMER) {
                toCheck.removeAll(seenByStaff);
                seenByStaff.addAll(toCheck);
            }
            try (Browser user = signedIn(role, "atlas")) {
                unreached.put(role.id(), crawl(user, role.id(), "atlas", his, toCheck, tenantPatterns));
            }
        }
        // What atlas's demo leads to nowhere, on the tenant whose demo has it; the pages already checked are only
        // walked through for their links.
        for (Role role : AUDIENCES) {
            List<String> left = unreached.get(role.id());
            if (!left.isEmpty()) {
                try (Browser user = signedIn(role, "helpdesk")) {
                    unreached.put(
                            role.id(), crawl(user, role.id(), "helpdesk", walked.get(role.id()), left, tenantPatterns));
                }
            }
        }
        try (Browser owner = new Browser()) {
            String console = "http://localhost:" + http.port();
            owner.open(console + "/login");
            owner.signInOnKeycloak(accounts.platformOwner(), TestAccounts.PASSWORD);
            owner.awaitHost("localhost:" + http.port());
            unreached.put("owner", crawl(owner, "owner", null, consolePatterns, consolePatterns, consolePatterns));
        }

        Set<String> neverReached = new TreeSet<>();
        unreached.forEach((audience, patterns) -> patterns.forEach(p -> neverReached.add(audience + " " + p)));
        String report =
                "checked:\n" + lines(checked) + "\nnot pages:\n" + lines(notPages) + "\nunreached: " + neverReached;
        SoftAssertions all = new SoftAssertions();
        all.assertThat(checked).as(report).hasSizeGreaterThan(60);
        // Other tests may leave what the demo lacks (a ticket's attachment, say): a mapping may then be reached.
        all.assertThat(neverReached)
                .as("mappings no page leads to, without a written reason; " + report)
                .isSubsetOf(NEVER_LED_TO.keySet());
        all.assertThat(problems).as(report).isEmpty();
        all.assertAll();
    }

    private Browser signedIn(Role role, String tenant) {
        return Browser.signedIn(http.port(), tenant, DEMO_ACCOUNTS.get(role) + "@" + tenant + ".demo", "demo");
    }

    private String origin(String tenant) {
        return tenant == null ? "http://localhost:" + http.port() : Browser.portal(http.port(), tenant, "");
    }

    /** The patterns a role may open ({@code null}: a visitor, the public pages only). */
    private List<String> patterns(List<PageMapping> pages, Role role) {
        Set<String> granted = role == null ? Set.of() : permissions.grantedTo(Set.of(role));
        List<String> found = new ArrayList<>();
        for (PageMapping page : pages) {
            boolean his = role == null
                    ? RequiresPermission.PUBLIC.equals(page.permission())
                    : RequiresPermission.SIGNED_IN.equals(page.permission()) || granted.contains(page.permission());
            if (his && !found.contains(page.pattern())) {
                found.add(page.pattern());
            }
        }
        return found;
    }

    /**
     * Walks a tenant's (or the console's, {@code tenant} null) pages as a user would: those without variables first,
     * then the addresses the links of the pages seen lead to, until none of {@code toCheck} is left or no more can be
     * reached. The pages of {@code toCheck} are checked once each; the other pages of {@code walk} are only read for
     * their links, at most {@value #WALKS_PER_PATTERN} addresses of each (the customer whose wiki has pages may not be
     * the first listed). Returns the patterns of {@code toCheck} never reached.
     */
    private List<String> crawl(
            Browser browser,
            String audience,
            String tenant,
            List<String> walk,
            List<String> toCheck,
            List<String> mapped) {
        String origin = origin(tenant);
        browser.open(origin + "/");
        Set<String> left = new LinkedHashSet<>(toCheck);
        Set<String> walkable = new LinkedHashSet<>(walk);
        Set<String> addresses = new LinkedHashSet<>();
        walkable.stream().filter(p -> !p.contains("{")).forEach(addresses::add);
        left.stream().filter(p -> !p.contains("{")).forEach(addresses::add);
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> walked = new LinkedHashMap<>();
        boolean progress = true;
        while (progress && !left.isEmpty()) {
            progress = false;
            for (String address : List.copyOf(addresses)) {
                if (left.isEmpty()) {
                    break;
                }
                if (!seen.add(address)) {
                    continue;
                }
                String pattern = address.contains("{") ? null : bestMatch(mapped, address);
                if (pattern == null) {
                    continue;
                }
                String key = (tenant == null || tenant.equals("atlas") ? "" : tenant + " ") + audience + " " + pattern;
                if (left.remove(pattern)) {
                    progress = true;
                    addresses.addAll(visit(browser, key, origin, address));
                } else if (walkable.contains(pattern) && walked.merge(pattern, 1, Integer::sum) <= WALKS_PER_PATTERN) {
                    progress = true;
                    addresses.addAll(walkThrough(browser, origin, address));
                }
            }
        }
        return List.copyOf(left);
    }

    private static List<String> walkThrough(Browser browser, String origin, String address) {
        browser.open(origin + address);
        return paths(browser.links());
    }

    /** The links' paths: their queries sort, filter or page what the page shows, they lead to no other page. */
    private static List<String> paths(List<String> links) {
        return links.stream()
                .map(link -> link.contains("?") ? link.substring(0, link.indexOf('?')) : link)
                .distinct()
                .toList();
    }

    private List<String> visit(Browser browser, String key, String origin, String address) {
        List<?> answer = browser.probe(address);
        int status = ((Number) answer.get(0)).intValue();
        String type = String.valueOf(answer.get(1));
        if (status != 200 || !type.startsWith("text/html") || !Boolean.TRUE.equals(answer.get(2))) {
            // A file, a fragment, or a page of another host (Keycloak's sign-in, which its own theme tests cover).
            notPages.put(key, address + " → " + status + " " + type);
            if (status >= 500 || status == 403 || status == 404) {
                problems.put(key, address + " answers " + status + " " + type);
            }
            return List.of();
        }
        checked.put(key, address);
        List<String> links = new ArrayList<>();
        for (String language : LANGUAGES) {
            // One load per language; the window is then narrowed, as a user turning a tablet or shrinking a window
            // sees the same page laid out again.
            browser.resize(WIDTHS[0], 900);
            browser.open(origin + address + (address.contains("?") ? "&" : "?") + "lang=" + language);
            if (!browser.exists("main")) {
                problems.put(key + " " + language, address + " in " + language + ": no page shown");
                continue;
            }
            if (links.isEmpty()) {
                links.addAll(paths(browser.links()));
            }
            for (int width : WIDTHS) {
                browser.resize(width, 900);
                String where = "%s at %d px in %s".formatted(address, width, language);
                long overflow = browser.overflow();
                if (overflow > 0) {
                    problems.put(
                            key + " " + width + " " + language,
                            where + ": wider than the window by " + overflow + " px: " + browser.outsideTheWindow());
                }
                if (CHECKED_BY_AXE.contains(width + " " + language)) {
                    List<String> violations = browser.accessibilityViolations();
                    if (!violations.isEmpty()) {
                        problems.put(key + " axe " + width + " " + language, where + ": " + violations);
                    }
                }
            }
        }
        return links;
    }

    /** The mapped pattern that serves a path, the most specific of those matching it, as the dispatcher chooses. */
    private static String bestMatch(List<String> mapped, String link) {
        PathContainer path = PathContainer.parsePath(link);
        return mapped.stream()
                .map(PathPatternParser.defaultInstance::parse)
                .filter(pattern -> pattern.matches(path))
                .min(PathPattern.SPECIFICITY_COMPARATOR)
                .map(PathPattern::getPatternString)
                .orElse(null);
    }

    private static String lines(Map<String, String> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach((key, value) ->
                text.append("  ").append(key).append(" = ").append(value).append('\n'));
        return text.toString();
    }
}
