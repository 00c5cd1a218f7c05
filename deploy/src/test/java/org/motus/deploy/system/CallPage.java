package org.motus.deploy.system;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reading the web app's call page in a system test: its state is on the {@code #call} element's
 * data attributes ({@code data-phase}, {@code data-signalling}, {@code data-connection-state},
 * {@code data-frames-decoded}, {@code data-rejoins}, {@code data-ice-restarts}...).
 */
final class CallPage {

    private CallPage() {}

    static String attribute(Browser browser, String name) {
        Object value = browser.script(
                "const c = document.getElementById('call'); return c ? c.getAttribute(arguments[0]) : null;", name);
        return value == null ? "" : value.toString();
    }

    static int intAttribute(Browser browser, String name) {
        String value = attribute(browser, name);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    static boolean joinReady(Browser browser) {
        return !browser.driver
                .findElements(By.cssSelector("#join-call:not([disabled])"))
                .isEmpty();
    }

    static void waitFor(Browser browser, Duration deadline, String what, Function<Browser, Boolean> condition) {
        new WebDriverWait(browser.driver, deadline)
                .pollingEvery(Duration.ofMillis(50))
                .withMessage(what)
                .until(driver -> condition.apply(browser));
    }
}
