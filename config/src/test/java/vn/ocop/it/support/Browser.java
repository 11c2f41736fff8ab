package vn.ocop.it.support;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The browser tests' one helper: Debian's headless Chromium driven by Selenium, started once per test class and
 * handed to each test clean (a fresh tab, no cookies, no storage, the desktop window), with the steps a user takes
 * (sign in, open a page, click, type, choose in a menu, set a date) each ending on a condition, never on a pause:
 * the page loaded and PrimeFaces' Ajax queue empty, an overlay fully open or closed, a text present. A failed test
 * leaves a screenshot named after it under target/screenshots.
 *
 * <p>Use: {@code @RegisterExtension static final Browser browser = new Browser();} in a {@code @RunAsClient}
 * Arquillian test with an {@code @ArquillianResource URL} field; the class is skipped, with its reason, where
 * /usr/bin/chromium or /usr/bin/chromedriver is missing (.ci/run installs both).
 */
public final class Browser implements ExecutionCondition, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File DRIVER = new File("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** True once the page has loaded and nothing of PrimeFaces or jQuery is still talking to the server. */
    private static final String IDLE = "return document.readyState === 'complete'"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (!window.jQuery || jQuery.active === 0);";

    /** True when the element is displayed and not in the middle of a PrimeFaces opening transition. */
    private static final String OPENED = "var p = document.getElementById(arguments[0]);"
            + " return !!p && getComputedStyle(p).display !== 'none' && getComputedStyle(p).visibility !== 'hidden'"
            + " && !/-enter(-active)?(\\s|$)/.test(p.className) && !(window.jQuery && jQuery(p).is(':animated'));";

    private ChromeDriver driver;
    private Object test;

    // ---- lifecycle --------------------------------------------------------------------------------------------

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return CHROMIUM.canExecute() && DRIVER.canExecute()
                ? ConditionEvaluationResult.enabled("Chromium found")
                : ConditionEvaluationResult.disabled("Browser tests skipped: install Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver)");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context.getRequiredTestInstance();
        Database.awaitTestAccounts();
        if (driver != null) {
            clean();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            try {
                screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
            } catch (RuntimeException ignored) {
                // the browser itself failed: the test's own exception says what happened
            }
        }
        test = null;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** The browser, started on first use (a skipped or browser-less class starts none). */
    public WebDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=vi");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
            driver = new ChromeDriver(service, options);
        }
        return driver;
    }

    /** Waits (30 s at most) ignoring elements that an Ajax update replaced while the condition was read. */
    public WebDriverWait waits() {
        WebDriverWait wait = new WebDriverWait(driver(), PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public <T> T until(ExpectedCondition<T> condition) {
        return waits().until(condition);
    }

    /**
     * The state of a new visitor for the next test: a new tab (its session storage and device emulation gone), no
     * cookies, no stored data of the portal's origin, the desktop window.
     */
    private void clean() {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin(), "storageTypes", "all"));
        driver.manage().window().setSize(DESKTOP);
    }

    // ---- where ------------------------------------------------------------------------------------------------

    /** The deployment's address, as Arquillian gave it to the test ("http://host:port/ocop/"). */
    public String url() {
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(ArquillianResource.class) && field.getType() == URL.class) {
                    try {
                        field.setAccessible(true);
                        String url = String.valueOf(field.get(test));
                        return url.endsWith("/") ? url : url + "/";
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        throw new IllegalStateException(test.getClass() + " has no @ArquillianResource URL field");
    }

    private String origin() {
        URL url;
        try {
            url = new URL(url());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return url.getProtocol() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    /** Opens a page of the portal ("registration/producers.xhtml", or a full address) and waits until it has settled. */
    public void open(String path) {
        driver().get(path.startsWith("http") ? path : url() + path);
        settled();
    }

    /** Signs in on the login form showing (a protected page leads there) with the test accounts' password. */
    public void signIn(String username) {
        signIn(username, TestAccounts.PASSWORD);
    }

    public void signIn(String username, String password) {
        visible("login:username").sendKeys(username);
        driver().findElement(By.cssSelector("[id='login:password'] input, input[id='login:password']")).sendKeys(password);
        click("login:submit");
    }

    /** Signs out through the header and waits for the login form. */
    public void signOut() {
        click("top:signOut");
        visible("login:username");
    }

    /** Waits until the page has loaded and PrimeFaces' Ajax queue and jQuery have no request in flight. */
    public void settled() {
        waits().ignoring(WebDriverException.class).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(IDLE));
    }

    // ---- acting -----------------------------------------------------------------------------------------------

    /** Clicks the element of this id once it can be clicked, and waits until what the click started has settled. */
    public void click(String id) {
        click(until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    /** Scrolls the element to the middle of the window, clicks it once it can be clicked, waits until settled. */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        until(ExpectedConditions.elementToBeClickable(element)).click();
        settled();
    }

    /** Answers "yes" in the confirmation dialog that is showing. */
    public void confirm() {
        click(until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))));
    }

    /** Replaces the text of a field. */
    public void type(String id, String value) {
        WebElement field = visible(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }

    /**
     * Picks an option of a PrimeFaces select menu as a user does: opens it, waits for its overlay to have finished
     * opening, types in its filter where it has one, clicks the option, waits for the overlay to close and the
     * menu's Ajax (if any) to settle.
     */
    public void choose(String menuId, String label) {
        click(menuId);
        String panel = menuId + "_panel";
        waits().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(OPENED, panel));
        List<WebElement> filter = driver().findElements(By.id(menuId + "_filter"));
        if (!filter.isEmpty()) {
            until(ExpectedConditions.visibilityOf(filter.get(0))).sendKeys(label);
        }
        until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + panel + "']//li[@data-label=\"" + label + "\"]"))).click();
        until(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
        settled();
    }

    /** Picks an option of a plain HTML select (the first matching the CSS selector) by its text. */
    public void select(String css, String label) {
        new Select(until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))).selectByVisibleText(label);
        settled();
    }

    /**
     * Sets a PrimeFaces date picker ("dd/MM/yyyy") through its widget, as its calendar would, without opening the
     * calendar: no overlay is left open over the next control (typing opened it, and its closing raced the test), and
     * the field's input mask keeps the value (a value written into the field by script was cleared by the mask).
     */
    public void date(String inputId, String value) {
        until(ExpectedConditions.presenceOfElementLocated(By.id(inputId)));
        String widget = inputId.replaceAll("_input$", "");
        ((JavascriptExecutor) driver()).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); var p = arguments[1].split('/');"
                        + " w.setDate(new Date(+p[2], +p[1] - 1, +p[0]));", widget, value);
        until(ExpectedConditions.attributeToBe(By.id(inputId), "value", value));
        until(ExpectedConditions.invisibilityOfElementLocated(By.id(widget + "_panel")));
        settled();
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    public WebElement visible(String id) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The text of an element, read again when an Ajax update replaced the element meanwhile. */
    public String text(String id) {
        return waits().ignoring(WebDriverException.class).until(d -> d.findElement(By.id(id)).getText());
    }

    /** Waits until the element's text contains the part (the element may be replaced by updates meanwhile). */
    public void waitForText(String id, String part) {
        waits().ignoring(WebDriverException.class).until(d -> d.findElement(By.id(id)).getText().contains(part));
    }

    /** Waits until the text of the first element matching the CSS selector contains the part. */
    public void waitForTextIn(String css, String part) {
        waits().ignoring(WebDriverException.class).until(d -> d.findElement(By.cssSelector(css)).getText().contains(part));
    }

    /** The page's heading. */
    public String heading() {
        return visibleCss("h1").getText();
    }

    private WebElement visibleCss(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    // ---- looking ----------------------------------------------------------------------------------------------

    /** Emulates a phone: a 390 × 844 viewport, touch, mobile (a headless window cannot be narrower than 500 px). */
    public void phone() {
        driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the desktop window (1366 px wide). */
    public void desktop() {
        driver();
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(DESKTOP);
    }

    /** Saves a screenshot of what the window shows under target/screenshots, for people to look at. */
    public void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            File shot = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two screenshots of the page, "name-1366" at the desktop's width and "name-390" as a phone; ends at desktop. */
    public void screenshots(String name) {
        desktop();
        settled();
        screenshot(name + "-" + DESKTOP.width);
        phone();
        settled();
        screenshot(name + "-" + PHONE_WIDTH);
        desktop();
    }
}
