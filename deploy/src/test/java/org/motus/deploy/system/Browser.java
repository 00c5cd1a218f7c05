package org.motus.deploy.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One real headless Chromium (Debian's, driven by Debian's chromedriver) with its own empty
 * profile, for the system tests: signing in on Keycloak's real page, waiting, running axe-core.
 * Each instance is a separate browser process, so two of them are two people on two machines.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration DEADLINE = Duration.ofSeconds(30);

    /** axe-core from the web module's devDependencies (installed by the web build, which runs first). */
    private static final String AXE_SOURCE = "web/node_modules/axe-core/axe.min.js";

    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Layout layout;

    private Browser(ChromeDriver driver, Layout layout) {
        this.driver = driver;
        this.layout = layout;
        this.wait = new WebDriverWait(driver, DEADLINE);
        // A list that re-renders between finding an element and reading it (a visit's card after a
        // move) is not a failure: look again until the deadline (VisitSchedulingIT, CI3 of session 13).
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser. */
    static Browser open(Layout layout, Path profile) {
        return open(layout, profile, List.of("--window-size=1280,900"));
    }

    /** A browser with extra Chromium flags (a phone-sized window, fake camera and microphone...). */
    static Browser open(Layout layout, Path profile, List<String> extraArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        List<String> arguments = new ArrayList<>(List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath()));
        arguments.addAll(extraArguments);
        options.addArguments(arguments);
        // The console, so that close() can fail a test whose pages broke the Content-Security-Policy.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), layout);
    }

    /** Opens a Motus path (e.g. "/" or "/progress") on the gateway. */
    Browser go(String path) {
        driver.get(layout.gatewayUrl() + path);
        return this;
    }

    /** From the signed-out home page through Keycloak's real login form (and one-time code, for staff) back to Motus. */
    Browser signIn(DemoUser user) {
        signIn(user.username, user.password, null);
        if (user.needsOneTimeCode()) {
            // Therapists and admins: the one-time code from their authenticator, on Keycloak's next page.
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")))
                    .sendKeys(user.oneTimeCode());
            driver.findElement(By.id("kc-login")).click();
        }
        wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), user.fullName));
        return this;
    }

    /**
     * From the signed-out home page to Keycloak's login form, and submits it; with a {@code fullName},
     * waits until Motus shows it, else leaves the browser on whatever Keycloak shows next.
     */
    Browser signIn(String username, String password, String fullName) {
        go("/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
        WebElement usernameField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        usernameField.clear();
        usernameField.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        if (fullName != null) {
            wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), fullName));
        }
        return this;
    }

    /**
     * The page's text contains this. Asked again while a navigation replaces the page (a sign-in's
     * redirects): between finding {@code <body>} and reading it, ChromeDriver may report a plain error,
     * "Node with given id does not belong to the document", instead of a stale element (CI of session 24).
     */
    static ExpectedCondition<Boolean> pageSays(String text) {
        return driver -> {
            try {
                return driver.findElement(By.tagName("body")).getText().contains(text);
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        };
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Runs an async script: the last argument is the callback to call with the result. */
    Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /**
     * Runs axe-core (WCAG 2.x A and AA rules) on the current page and fails listing every
     * serious or critical violation, naming the screen.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible(String screen) {
        Path repository = Path.of(System.getProperty("motus.repository", ".."))
                .toAbsolutePath()
                .normalize();
        String axe;
        try {
            axe = Files.readString(repository.resolve(AXE_SOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core not found; build the web module first (npm ci)", e);
        }
        script(axe);
        driver.manage().timeouts().scriptTimeout(DEADLINE);
        Object result = asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        List<Map<String, Object>> blocking = violations.stream()
                .filter(v -> BLOCKING_IMPACTS.contains(String.valueOf(v.get("impact"))))
                .toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical violations on " + screen + ": " + blocking);
        }
    }

    /** What the page showed, for a failure message. */
    String describe() {
        String page = driver.getPageSource();
        return "Browser at " + driver.getCurrentUrl() + " showing:" + System.lineSeparator()
                + (page == null ? "" : page.length() > 3000 ? page.substring(0, 3000) + "..." : page);
    }

    /**
     * Quits the browser; fails if any page it showed was refused something by the gateway's
     * Content-Security-Policy (an inline script or style, a connection to another origin): the
     * policy would break that screen for real users, so every browser test doubles as a check.
     */
    @Override
    public void close() {
        List<String> refused;
        try {
            refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy"))
                    .toList();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused something on a Motus page: " + refused);
        }
    }
}
