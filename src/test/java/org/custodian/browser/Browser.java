package org.custodian.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium per test class, a fresh browser context (no cookies) per test. Register it with
 * {@code @RegisterExtension static Browser browser = new Browser();} and use {@link #page()}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private BrowserContext context;
    private Page page;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        var port = SpringExtension.getApplicationContext(extension).getEnvironment().getProperty("local.server.port");
        baseUrl = "http://localhost:" + port;
        context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 860)
                .setLocale("fr-FR"));
        page = context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent()) {
            screenshot("FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-"
                    + extension.getRequiredTestMethod().getName());
        }
        context.close();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        chromium.close();
        playwright.close();
    }

    public Page page() {
        return page;
    }

    public Page open(String path) {
        page.navigate(url(path));
        return page;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    public void signIn(String username, String password) {
        open("/login");
        page.getByLabel("Identifiant").fill(username);
        page.getByLabel("Mot de passe").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Se connecter")).click();
    }
}
