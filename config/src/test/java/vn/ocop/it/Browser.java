package vn.ocop.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Debian's headless Chromium driven by Selenium. Tests that need it are skipped, with a clear
 * message, where /usr/bin/chromium or /usr/bin/chromedriver is missing (.ci/run installs both).
 */
public final class Browser implements ExecutionCondition {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return CHROMIUM.canExecute() && DRIVER.canExecute()
                ? ConditionEvaluationResult.enabled("Chromium found")
                : ConditionEvaluationResult.disabled("Browser tests skipped: install Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver)");
    }

    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        return new ChromeDriver(service, options);
    }

    /** Saves a screenshot under target/screenshots, for people to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Picks an option of a PrimeFaces select menu as a user does: opens it, lets the overlay finish
     * opening, types in its filter where it has one, clicks the option and waits for the overlay to close.
     */
    public static void choose(WebDriver driver, WebDriverWait wait, String menuId, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        pause(400);
        List<WebElement> filter = driver.findElements(By.id(menuId + "_filter"));
        if (!filter.isEmpty()) {
            wait.until(ExpectedConditions.visibilityOf(filter.get(0))).sendKeys(label);
        }
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label=\"" + label + "\"]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /**
     * Sets a PrimeFaces date picker ("dd/MM/yyyy") through its widget, as its calendar would, without opening the
     * calendar: no overlay is left open over the next control (typing opened it, and its closing raced the test), and
     * the field's input mask keeps the value (a value written into the field by script was cleared by the mask).
     */
    public static void date(WebDriver driver, String inputId, String value) {
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(inputId)));
        String widget = inputId.replaceAll("_input$", "");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); var p = arguments[1].split('/');"
                        + " w.setDate(new Date(+p[2], +p[1] - 1, +p[0]));", widget, value);
        wait.until(ExpectedConditions.attributeToBe(By.id(inputId), "value", value));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
