package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.ocop.it.support.Portal;

/**
 * Training through the real pages: the office opens a course for the programme staff with a
 * session today, enrols a member of the district office by search, records them present and
 * passed, sees them complete, and the coverage of the district staff goes up by one; the
 * certificate is then issued and verified on the public page without signing in.
 */
@Tag("browser")
@IntegrationTest
class TrainingBrowserIT extends BrowserTest {

    private static final Pattern FIGURE = Pattern.compile("(\\d+) / (\\d+)");

    @Test
    void attendanceIsRecordedAndTheCoverageFollows() {
        browser.open("training/coverage.xhtml");
        browser.signIn("it-officer");
        WebDriver driver = browser.driver();
        int[] before = districtStaff();
        browser.screenshot("training-coverage-before-vi");

        String code = "BT-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String today = Portal.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.open("training/courses.xhtml");
        browser.click("list:create");
        browser.visible("courseForm:code").sendKeys(code);
        driver.findElement(By.id("courseForm:title")).sendKeys("Quản lý Chương trình OCOP " + code);
        browser.choose("courseForm:audience", "Cán bộ cấp huyện");
        browser.click(driver.findElement(By.xpath("//label[text()='Chương trình và chu trình OCOP']")));
        driver.findElement(By.id("courseForm:organiser")).sendKeys("Phòng Kinh tế huyện");
        browser.choose("courseForm:fundingSource", "Ngân sách huyện");
        browser.date("courseForm:startDate_input", today);
        browser.date("courseForm:endDate_input", today);
        browser.screenshot("training-course-new-vi");
        browser.click("courseForm:save");
        browser.waitForText("courseCode", code);

        browser.date("sessions:heldOn_input", today);
        driver.findElement(By.id("sessions:sessionTopic")).sendKeys("Chu trình OCOP thường niên");
        browser.click("sessions:addSession");
        browser.waitForText("sessions:table", "Chu trình OCOP thường niên");

        browser.visible("enrolTabs:search:text").sendKeys("can bo kiem thu");
        browser.click("enrolTabs:search:find");
        WebElement row = browser.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='enrolTabs:search:candidates']//tr[td[1][text()='Cán bộ Kiểm thử']]")));
        browser.click(row.findElement(By.cssSelector("button")));
        browser.waitForText("participants:grid", "Cán bộ Kiểm thử");
        browser.waitForText("counts", "1 / 60");

        browser.select("select[id$=':mark']", "Có mặt");
        browser.waitForText("participants:grid", "1/1 · 100,0 %");
        browser.select("select[id$=':outcome']", "Đạt");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#participants\\:grid .completion.done")));
        browser.screenshot("training-course-attendance-vi");

        browser.open("training/coverage.xhtml");
        int[] after = districtStaff();
        assertEquals(before[0] + 1, after[0], "one more of the district staff trained");
        assertEquals(before[1], after[1], "as many required");
        browser.screenshot("training-coverage-after-vi");

        browser.open("training/courses.xhtml");
        browser.click(browser.until(ExpectedConditions.elementToBeClickable(By.linkText(code))));
        browser.click("course:certify");
        browser.confirm();
        String number = browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[id$=':certificate']"))).getText();
        assertTrue(number.matches("DT-\\d{4}-\\d{4}-[A-Z2-9]{4}"), number);
        browser.screenshot("training-course-certified-vi");

        driver.manage().deleteAllCookies();
        browser.open("verify/training.xhtml?number=" + number);
        browser.waitForText("valid", "Cán bộ Kiểm thử");
        assertTrue(driver.findElement(By.id("valid")).getText().contains(code));
        browser.screenshot("training-verify-vi");
        browser.open("verify/training.xhtml?number=DT-1999-0001");
        browser.visible("unknown");
    }

    /** [trained, required] of the district staff on the coverage page. */
    private int[] districtStaff() {
        String label = browser.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//span[@id='total-DISTRICT_STAFF']/following-sibling::span"))).getText();
        Matcher m = FIGURE.matcher(label);
        assertTrue(m.find(), label);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
