package org.motus.deploy.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's, driven by Debian's chromedriver): the web app's Sign in
 * link, Keycloak's real login page, the signed-in name on the page, and Sign out.
 */
@ExtendWith(RunningMotus.class)
class BrowserSignInIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path profile;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile.resolve("chromium"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPatientSignsInOnKeycloaksPageSeesTheirNameAndSignsOut(Layout layout) {
        WebDriverWait wait = new WebDriverWait(browser, DEADLINE);
        try {
            browser.get(layout.gatewayUrl() + "/");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(DemoUser.PAT.username);
            browser.findElement(By.id("password")).sendKeys(DemoUser.PAT.password);
            browser.findElement(By.id("kc-login")).click();

            wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), DemoUser.PAT.fullName));

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("Browser at " + browser.getCurrentUrl() + " showing:" + System.lineSeparator()
                    + abbreviate(browser.getPageSource()), e);
        }
    }

    private static String abbreviate(String page) {
        return page == null ? "" : page.length() > 3000 ? page.substring(0, 3000) + "..." : page;
    }
}
