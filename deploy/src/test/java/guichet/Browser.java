package guichet;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium, the machine's own ({@code apt-get install chromium chromium-driver}): no tool downloads a browser.
 * Chromium resolves {@code *.localhost} to this machine by itself, like the browsers of Guichet's users.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver"
                    + " (apt-get install -y chromium chromium-driver); .ci/run installs them.");
        }
        try {
            profile = Files.createTempDirectory("guichet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=fr",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A tenant's portal address on the test server: {@code http://<slug>.localhost:<port><path>}. */
    static String portal(int port, String slug, String path) {
        return "http://" + slug + ".localhost:" + port + path;
    }

    /** A browser signed in to a tenant's portal, back on its host after Keycloak's sign-in page. */
    static Browser signedIn(int port, String slug, String email, String password) {
        Browser browser = new Browser();
        browser.open(portal(port, slug, "/login"));
        browser.signInOnKeycloak(email, password);
        browser.awaitHost(slug + ".localhost");
        return browser;
    }

    void open(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage(this::whereWeAre)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The page a wait gave up on, and the start of what it shows, so that a failure says what was there instead. */
    private String whereWeAre() {
        String shown;
        try {
            shown = driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            shown = "(no body: " + e.getClass().getSimpleName() + ")";
        }
        shown = shown.replaceAll("\\s+", " ");
        return "on " + driver.getCurrentUrl() + " showing: "
                + (shown.length() > 600 ? shown.substring(0, 600) + "…" : shown);
    }

    boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        // A long form's lower buttons may sit under the footer until scrolled to.
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        // A layout still settling, or the browser's own suggestions under a field just typed in, may cover it for a
        // moment: Escape closes the suggestions, as a person would.
        for (int attempt = 1; ; attempt++) {
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                if (attempt == 5) {
                    throw covered;
                }
                driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives the window this size, as a phone (375 px wide) or a laptop (1280 px) shows a page. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** By how many pixels the page is wider than the window (0 or less: it fits, nothing to scroll sideways). */
    long overflow() {
        Object pixels = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) pixels).longValue();
    }

    /**
     * The outermost elements reaching past the window's edges that no scrolling box holds (those widen the page; an
     * absolutely placed one escapes a scrolling box that is not its containing block), to tell why a page is too wide.
     */
    String outsideTheWindow() {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("const w = document.documentElement.clientWidth;"
                        + "const out = e => { const r = e.getBoundingClientRect(); return r.right > w + 1 || r.left < -1; };"
                        + "const held = e => { if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false;"
                        + " for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)"
                        + " { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };"
                        + "return [...document.querySelectorAll('body *')].filter(e => out(e) && !held(e)"
                        + " && !(e.parentElement !== document.body && out(e.parentElement))).slice(0, 6)"
                        + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' '"
                        + " + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right))"
                        + ".join(' | ');");
        return String.valueOf(found);
    }

    /** Waits until an element shows this text (after an htmx swap, say). */
    void awaitText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits until the address shows this text (htmx pushes the searched address, say). */
    void awaitUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    }

    /** Waits until the browser is on a page of this host. */
    void awaitHost(String host) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("//" + host));
    }

    /**
     * Waits until the browser shows this element or a page of this host, whichever comes first, and says which: the
     * element's selector or the host.
     */
    String awaitElementOrHost(String css, String host) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            if (!d.findElements(By.cssSelector(css)).isEmpty()) {
                return css;
            }
            return d.getCurrentUrl().contains("//" + host) ? host : null;
        });
    }

    /** Signs in on the Keycloak page the browser shows. */
    void signInOnKeycloak(String email, String password) {
        type("#username", email);
        type("#password", password);
        click("#kc-login");
    }

    /** Chooses an option of a select by its visible text (added to the chosen ones of a multiple select). */
    void select(String css, String visibleText) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(visibleText);
    }

    /** Sets a field's value as a date or time picker would, whatever the browser's locale. */
    void setValue(String css, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    /** What the page wrote to its console (errors, refusals of its content policy), for failure messages. */
    String console() {
        return String.join(
                "\n",
                driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                        .map(Object::toString)
                        .toList());
    }

    /**
     * Shares this position with the pages of an origin, as a visitor who answers « allow » to « know your location »
     * does (Chromium's DevTools protocol: the permission granted, the position set).
     */
    void shareLocation(String origin, double latitude, double longitude) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand(
                "Browser.grantPermissions",
                java.util.Map.of("origin", origin, "permissions", java.util.List.of("geolocation")));
        chrome.executeCdpCommand(
                "Emulation.setGeolocationOverride",
                java.util.Map.of("latitude", latitude, "longitude", longitude, "accuracy", 10));
    }

    /**
     * What axe-core finds on the page shown against WCAG 2.1 levels A and AA, its serious and critical violations
     * only: each as its rule, its impact and the first elements it names.
     */
    java.util.List<String> accessibilityViolations() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ", "
                        + rule.getNodes().size() + "): "
                        + rule.getNodes().stream()
                                .limit(4)
                                .map(node -> node.getTarget() + " " + node.getFailureSummary())
                                .collect(java.util.stream.Collectors.joining(" | ")))
                .toList();
    }

    /** The addresses the page shown links to, on its own host: paths with their queries. */
    java.util.List<String> links() {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return [...document.querySelectorAll('a[href]')].filter(a => a.host === location.host)"
                        + ".map(a => a.pathname + a.search);");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /**
     * What the host answers to a GET of this path, asked from the page shown with its session as a link would be
     * followed: the status after redirects, the content type, and whether the body holds a {@code <main>}.
     */
    java.util.List<?> probe(String path) {
        return (java.util.List<?>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {headers: {Accept: 'text/html'}})"
                                + ".then(r => r.text().then(t => done([r.status, r.headers.get('content-type') || '',"
                                + " t.includes('<main')])))"
                                + ".catch(e => done([0, String(e), false]));",
                        path);
    }

    /**
     * What the host answers to a GET of this address, asked from the page shown with its session as a download link
     * would be followed: the status after redirects, the content type, and the body's first bytes read as Latin-1
     * ({@code %PDF} for a PDF).
     */
    java.util.List<?> download(String url) {
        return (java.util.List<?>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,"
                                + " r.headers.get('content-type') || '',"
                                + " String.fromCharCode(...new Uint8Array(b.slice(0, 8)))])))"
                                + ".catch(e => done([0, String(e), '']));",
                        url);
    }

    /** An attribute of the element matching, once it shows (a link's {@code href}, say). */
    String attribute(String css, String name) {
        return find(css).getAttribute(name);
    }

    /** Runs a script in the page shown, with its arguments, and gives what it returns. */
    Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Clicks an element at a point of its own, in CSS pixels from its top left corner, as a mouse would. */
    void clickAt(String css, double x, double y) {
        WebElement element = find(css);
        org.openqa.selenium.Dimension size = element.getSize();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(element, (int) Math.round(x - size.getWidth() / 2.0), (int)
                        Math.round(y - size.getHeight() / 2.0))
                .click()
                .perform();
    }

    /** How many elements match, now. */
    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    String source() {
        return driver.getPageSource();
    }

    String text(String css) {
        return find(css).getText();
    }

    @Override
    public void close() {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
