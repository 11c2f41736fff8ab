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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training through the real pages: the office opens a course for the programme staff with a
 * session today, enrols a member of the district office by search, records them present and
 * passed, sees them complete, and the coverage of the district staff goes up by one; the
 * certificate is then issued and verified on the public page without signing in.
 */
@Tag("browser")
@ExtendWith(Browser.class)
@IntegrationTest
@RunAsClient
class TrainingBrowserIT {

    private static final Pattern FIGURE = Pattern.compile("(\\d+) / (\\d+)");

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

    @Test
    void attendanceIsRecordedAndTheCoverageFollows() {
        driver.get(url + "training/coverage.xhtml");
        signIn("it-officer");
        int[] before = districtStaff();
        Browser.screenshot(driver, "training-coverage-before-vi");

        String code = "BT-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        driver.get(url + "training/courses.xhtml");
        click("list:create");
        visible("courseForm:code").sendKeys(code);
        driver.findElement(By.id("courseForm:title")).sendKeys("Quản lý Chương trình OCOP " + code);
        Browser.choose(driver, wait, "courseForm:audience", "Cán bộ cấp huyện");
        driver.findElement(By.xpath("//label[text()='Chương trình và chu trình OCOP']")).click();
        driver.findElement(By.id("courseForm:organiser")).sendKeys("Phòng Kinh tế huyện");
        Browser.choose(driver, wait, "courseForm:fundingSource", "Ngân sách huyện");
        Browser.date(driver, "courseForm:startDate_input", today);
        Browser.date(driver, "courseForm:endDate_input", today);
        Browser.screenshot(driver, "training-course-new-vi");
        click("courseForm:save");
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("courseCode"), code));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(driver, "training-course-not-opened");
            throw e;
        }

        Browser.date(driver, "sessions:heldOn_input", today);
        driver.findElement(By.id("sessions:sessionTopic")).sendKeys("Chu trình OCOP thường niên");
        click("sessions:addSession");
        waitForText("sessions:table", "Chu trình OCOP thường niên");

        visible("enrolTabs:search:text").sendKeys("can bo kiem thu");
        click("enrolTabs:search:find");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='enrolTabs:search:candidates']//tr[td[1][text()='Cán bộ Kiểm thử']]")));
        row.findElement(By.cssSelector("button")).click();
        waitForText("participants:grid", "Cán bộ Kiểm thử");
        waitForText("counts", "1 / 60");

        choose("select[id$=':mark']", "Có mặt");
        waitForText("participants:grid", "1/1 · 100.0 %");
        choose("select[id$=':outcome']", "Đạt");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#participants\\:grid .completion.done")));
        Browser.screenshot(driver, "training-course-attendance-vi");

        driver.get(url + "training/coverage.xhtml");
        int[] after = districtStaff();
        assertEquals(before[0] + 1, after[0], "one more of the district staff trained");
        assertEquals(before[1], after[1], "as many required");
        Browser.screenshot(driver, "training-coverage-after-vi");

        driver.get(url + "training/courses.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code))).click();
        click("course:certify");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[id$=':certificate']"))).getText();
        assertTrue(number.matches("DT-\\d{4}-\\d{4}-[A-Z2-9]{4}"), number);
        Browser.screenshot(driver, "training-course-certified-vi");

        driver.manage().deleteAllCookies();
        driver.get(url + "verify/training.xhtml?number=" + number);
        waitForText("valid", "Cán bộ Kiểm thử");
        assertTrue(driver.findElement(By.id("valid")).getText().contains(code));
        Browser.screenshot(driver, "training-verify-vi");
        driver.get(url + "verify/training.xhtml?number=DT-1999-0001");
        visible("unknown");
    }

    /** [trained, required] of the district staff on the coverage page. */
    private int[] districtStaff() {
        String label = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//span[@id='total-DISTRICT_STAFF']/following-sibling::span"))).getText();
        Matcher m = FIGURE.matcher(label);
        assertTrue(m.find(), label);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private void choose(String css, String label) {
        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        new Select(select).selectByVisibleText(label);
    }

    private void type(String id, String text) {
        WebElement input = visible(id);
        input.clear();
        input.sendKeys(text);
    }

    private void signIn(String username) {
        visible("login:username").sendKeys(username);
        driver.findElement(By.cssSelector("[id='login:password'] input, input[id='login:password']")).sendKeys(TestAccounts.PASSWORD);
        click("login:submit");
    }

    private void click(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }
}
