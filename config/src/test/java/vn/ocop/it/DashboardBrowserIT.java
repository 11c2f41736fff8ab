package vn.ocop.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans and the home dashboard through the real pages in headless Chromium: the office writes the
 * 2025 plan (a missing number is refused and changes nothing), the dashboard shows the plan's
 * progress, the charts and every commune of today with its former communes, in Vietnamese and in
 * English, a commune tile leads to that commune's products, and a commune officer sees their
 * commune only.
 */
@Tag("browser")
@ExtendWith(Browser.class)
@IntegrationTest
@RunAsClient
class DashboardBrowserIT {

    private static final int YEAR = 2025;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL url;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        Database.awaitTestAccounts();
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        driver.quit();
    }

    private void signIn(String username) {
        driver.get(url.toString() + "index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    /** The text of an element, read again when an Ajax update replaced it meanwhile. */
    private String text(String id) {
        return wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    private void waitForText(String id, String part) {
        try {
            wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.id(id)).getText().contains(part));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(driver, "dashboard-failed-" + id.replace(':', '-'));
            throw e;
        }
    }

    private void type(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }

    @Test
    void theOfficeWritesAPlanAndTheDashboardShowsItInBothLanguages() {
        signIn("it-officer");
        driver.get(url.toString() + "reports/plans.xhtml?year=" + YEAR);
        List<WebElement> create = driver.findElements(By.id("plans:create"));
        (create.isEmpty() ? driver.findElement(By.id("plans:edit")) : create.get(0)).click();
        type("plans:number", "BT-2025/KH-UBND");
        Browser.date(driver, "plans:issuedOn_input", "15/01/2025");
        if (driver.findElements(By.id("plans:rows:0:amount_input")).isEmpty()) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("plans:add"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plans:rows:0:amount_input")));
        }
        type("plans:rows:0:amount_input", "12");

        // A plan without a number is refused with a message next to the field, and nothing is saved.
        type("plans:number", "");
        driver.findElement(By.id("plans:save")).click();
        waitForText("plans:editor", "Trường này là bắt buộc");
        assertTrue(driver.findElements(By.id("plan-heading")).isEmpty(), "the form stays open, nothing saved");
        Browser.screenshot(driver, "plan-refused-vi");
        type("plans:number", "BT-2025/KH-UBND");
        driver.findElement(By.id("plans:save")).click();
        waitForText("plans:messages", "Đã lưu kế hoạch năm 2025");
        String heading = text("plan-heading");
        assertTrue(heading.contains("BT-2025/KH-UBND") && heading.contains("15/01/2025"), heading);
        assertTrue(text("plans:shown").contains("Sản phẩm được đánh giá, phân hạng cấp huyện"));
        assertTrue(text("plans:shown").contains("Tỷ lệ được tập huấn: Người quản lý chủ thể"), "the training targets of the year");
        Browser.screenshot(driver, "plans-vi");

        driver.get(url.toString() + "index.xhtml");
        assertTrue(text("plan").contains("Tiến độ kế hoạch"));
        String communes = text("communes");
        assertTrue(communes.contains("Xã Đan Phượng") && communes.contains("Xã Ô Diên") && communes.contains("Xã Liên Minh"),
                "the communes of today");
        assertTrue(communes.contains("Xã Tân Hội") && communes.contains("Thị trấn Phùng"), "the former communes as tiles");
        assertTrue(text("pipeline").contains("Đã nộp hồ sơ đánh giá"));
        assertFalse(driver.findElements(By.cssSelector("#by-stars canvas")).isEmpty(), "the class chart is drawn");
        assertFalse(driver.findElements(By.cssSelector("#pipeline canvas")).isEmpty(), "the cycle chart is drawn");
        assertTrue(text("training").contains("Tỷ lệ tập huấn năm") && text("training").contains("Cán bộ cấp huyện"), "the coverage of the district staff");
        Browser.screenshot(driver, "dashboard-officer-vi");

        driver.findElement(By.xpath("//*[@id='top:language']//*[text()='EN']")).click();
        waitForText("communes", "Products by commune");
        assertTrue(text("pipeline").contains("Products by step of the OCOP cycle"));
        assertTrue(text("plan").contains("Progress of the plan"));
        Browser.screenshot(driver, "dashboard-officer-en");
        driver.findElement(By.xpath("//*[@id='top:language']//*[text()='VI']")).click();
        waitForText("communes", "Sản phẩm theo xã");

        // A tile leads to the products of its commune.
        driver.findElement(By.xpath("//a[contains(@class,'commune-tile')][.//span[text()='Xã Tân Hội']]")).click();
        wait.until(ExpectedConditions.urlContains("commune=" + TestRegistrations.TAN_HOI));
        assertTrue(driver.getCurrentUrl().contains("registration/products.xhtml"));
    }

    @Test
    void aCommuneOfficerSeesTheirCommuneOnly() {
        signIn("it-commune");
        String communes = text("communes");
        assertTrue(communes.contains("Thị trấn Phùng"), communes);
        assertFalse(communes.contains("Xã Tân Hội"), "no other commune");
        assertEquals(1, driver.findElements(By.cssSelector("a.commune-tile")).size());
        assertTrue(driver.findElements(By.id("recent")).isEmpty(), "no recent changes of others");
        Browser.screenshot(driver, "dashboard-commune-vi");
    }
}
