package org.motus.deploy.system;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A real headless Chromium: the web app's Sign in link, Keycloak's real login page, the
 * signed-in name on the page, and Sign out.
 */
@ExtendWith(RunningMotus.class)
class BrowserSignInIT {

    @TempDir
    Path profile;

    @Test
    void aPatientSignsInOnKeycloaksPageSeesTheirNameAndSignsOut(Layout layout) {
        try (Browser browser = Browser.open(layout, profile)) {
            try {
                browser.signIn(DemoUser.PAT);
                browser.driver.findElement(By.id("sign-out")).click();
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
                browser.assertAccessible("the signed-out home page");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(browser.describe(), e);
            }
        }
    }
}
