package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.ocop.it.support.Portal;

/**
 * Plans and the home dashboard through the real pages in headless Chromium: the office writes the
 * 2025 plan (a missing number is refused and changes nothing), the dashboard shows the plan's
 * progress, the charts and every commune of today with its former communes, in Vietnamese and in
 * English, a commune tile leads to that commune's products, and a commune officer sees their
 * commune only.
 */
@Tag("browser")
@IntegrationTest
class DashboardBrowserIT extends BrowserTest {

    private static final int YEAR = 2025;

    private void signIn(String username) {
        browser.open("index.xhtml");
        browser.signIn(username);
        browser.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    private String text(String id) {
        return browser.text(id);
    }

    private static final String NO_BUDGET = "chưa có chỉ tiêu kinh phí hỗ trợ";

    private void waitForText(String id, String part) {
        browser.waitForText(id, part);
    }

    @Test
    void theOfficeWritesAPlanAndTheDashboardShowsItInBothLanguages() {
        signIn("it-officer");
        browser.open("reports/plans.xhtml?year=" + YEAR);
        WebDriver driver = browser.driver();
        List<WebElement> create = driver.findElements(By.id("plans:create"));
        browser.click(create.isEmpty() ? driver.findElement(By.id("plans:edit")) : create.get(0));
        browser.type("plans:number", "BT-2025/KH-UBND");
        browser.date("plans:issuedOn_input", "15/01/2025");
        if (driver.findElements(By.id("plans:rows:0:amount_input")).isEmpty()) {
            browser.click("plans:add");
            browser.visible("plans:rows:0:amount_input");
        }
        browser.type("plans:rows:0:amount_input", "12");

        // A plan without a number is refused with a message next to the field, and nothing is saved.
        browser.type("plans:number", "");
        browser.click("plans:save");
        waitForText("plans:editor", "Trường này là bắt buộc");
        assertTrue(driver.findElements(By.id("plan-heading")).isEmpty(), "the form stays open, nothing saved");
        browser.screenshot("plan-refused-vi");
        browser.type("plans:number", "BT-2025/KH-UBND");
        browser.click("plans:save");
        waitForText("plans:messages", "Đã lưu kế hoạch năm 2025");
        String heading = text("plan-heading");
        assertTrue(heading.contains("BT-2025/KH-UBND") && heading.contains("15/01/2025"), heading);
        assertTrue(text("plans:shown").contains("Sản phẩm được đánh giá, phân hạng cấp huyện"));
        assertTrue(text("plans:shown").contains("Tỷ lệ được tập huấn: Người quản lý chủ thể"), "the training targets of the year");
        browser.screenshot("plans-vi");

        browser.open("index.xhtml");
        assertTrue(text("plan").contains("Tiến độ kế hoạch"));
        String communes = text("communes");
        assertTrue(communes.contains("Xã Đan Phượng") && communes.contains("Xã Ô Diên") && communes.contains("Xã Liên Minh"),
                "the communes of today");
        assertTrue(communes.contains("Xã Tân Hội") && communes.contains("Thị trấn Phùng"), "the former communes as tiles");
        assertTrue(text("pipeline").contains("Đã nộp hồ sơ đánh giá"));
        assertFalse(driver.findElements(By.cssSelector("#by-stars canvas")).isEmpty(), "the class chart is drawn");
        assertFalse(driver.findElements(By.cssSelector("#pipeline canvas")).isEmpty(), "the cycle chart is drawn");
        assertTrue(text("training").contains("Tỷ lệ tập huấn năm") && text("training").contains("Cán bộ cấp huyện"), "the coverage of the district staff");
        browser.screenshot("dashboard-officer-vi");
        // What waits for the office comes first; the recent changes name their records; the menu marks the home page.
        assertTrue(text("waiting").contains("Việc đang chờ bạn"), text("waiting"));
        if (!driver.findElements(By.id("recent")).isEmpty()) {
            assertFalse(java.util.regex.Pattern.compile("#\\d").matcher(text("recent")).find(), "records by name: " + text("recent"));
        }
        WebElement home = driver.findElement(By.id("nav:m-home"));
        home = "a".equals(home.getTagName()) ? home : home.findElement(By.tagName("a"));
        assertEquals("page", home.getAttribute("aria-current"), "the menu marks the page shown");

        browser.click(driver.findElement(By.xpath("//*[@id='top:language']//*[text()='EN']")));
        waitForText("communes", "Products by commune");
        assertTrue(text("pipeline").contains("Products by step of the OCOP cycle"));
        assertTrue(text("plan").contains("Progress of the plan"));
        browser.screenshot("dashboard-officer-en");
        browser.click(driver.findElement(By.xpath("//*[@id='top:language']//*[text()='VI']")));
        waitForText("communes", "Sản phẩm theo xã");

        // A tile leads to the products of its commune.
        browser.click(driver.findElement(By.xpath("//a[contains(@class,'commune-tile')][.//span[text()='Xã Tân Hội']]")));
        browser.until(ExpectedConditions.urlContains("commune=" + TestRegistrations.TAN_HOI));
        assertTrue(driver.getCurrentUrl().contains("registration/products.xhtml"));
    }

    @Test
    void aCommuneOfficerSeesTheirCommuneOnly() {
        signIn("it-commune");
        WebDriver driver = browser.driver();
        String communes = text("communes");
        assertTrue(communes.contains("Thị trấn Phùng"), communes);
        assertFalse(communes.contains("Xã Tân Hội"), "no other commune");
        assertEquals(1, driver.findElements(By.cssSelector("a.commune-tile")).size());
        assertTrue(driver.findElements(By.id("recent")).isEmpty(), "no recent changes of others");
        assertTrue(text("waiting").contains("Việc đang chờ bạn"), text("waiting"));
        assertFalse(driver.findElement(By.tagName("body")).getText().contains(NO_BUDGET), "no district budget line on a commune's home");
        browser.screenshots("dashboard-commune-vi");
    }

    /**
     * Each class figure of the home page opens the products list narrowed to that class, shown as a chip, with as many
     * products as the figure says; the chip's cross shows the whole list again.
     */
    @Test
    void theClassFiguresOpenTheirListFiltered() {
        signIn("it-officer");
        WebDriver driver = browser.driver();
        int rows = driver.findElements(By.cssSelector("#by-stars table.figures tr")).size();
        assertEquals(4, rows, "no class, 3, 4 and 5 stars");
        for (int row = 0; row < rows; row++) {
            browser.open("index.xhtml");
            WebElement line = driver.findElements(By.cssSelector("#by-stars table.figures tr")).get(row);
            String label = line.findElement(By.tagName("td")).getText().trim();
            WebElement link = line.findElement(By.tagName("a"));
            long figure = Long.parseLong(link.getText().trim().replace(".", "").replace(",", ""));
            browser.click(link);
            browser.until(ExpectedConditions.urlContains("registration/products.xhtml"));
            assertTrue(driver.getCurrentUrl().contains("class="), driver.getCurrentUrl());
            String chips = text("list:chips");
            assertTrue(chips.contains(label), "the chip names the class: " + chips + " / " + label);
            assertEquals(figure, total(), label + ": the list holds the figure's products");
            if (row == 0) {
                browser.screenshots("products-no-class-vi");
                browser.click(driver.findElement(By.cssSelector("#list\\:chips .filter-chip-remove")));
                browser.until(ExpectedConditions.not(ExpectedConditions.urlContains("class=")));
                assertTrue(driver.findElements(By.cssSelector(".filter-chip")).isEmpty(), "no chip left");
                assertTrue(total() >= figure, "the whole list again");
            }
        }
        // The products with a class (the headline figure) likewise.
        browser.open("index.xhtml");
        long rated = Long.parseLong(driver.findElement(By.cssSelector("#card-rated a")).getText().trim().replace(".", "").replace(",", ""));
        browser.click(driver.findElement(By.cssSelector("#card-rated a")));
        browser.until(ExpectedConditions.urlContains("class=any"));
        assertEquals(rated, total(), "the products with a class");
    }

    /**
     * The support figure of the home page opens the supports of its year, the year shown as a chip (on a phone too);
     * the chip's cross shows every year again.
     */
    @Test
    void theSupportFigureOpensTheYearsSupports() {
        signIn("it-officer");
        WebDriver driver = browser.driver();
        browser.click(driver.findElement(By.cssSelector("#card-support a")));
        browser.until(ExpectedConditions.urlContains("registration/supports.xhtml"));
        String year = Integer.toString(Portal.today().getYear());
        assertTrue(driver.getCurrentUrl().contains("year=" + year), driver.getCurrentUrl());
        String chips = text("list:chips");
        assertTrue(chips.contains("Năm") && chips.contains(year), "the chip names the year: " + chips);
        browser.screenshots("supports-year-vi");
        browser.click(driver.findElement(By.cssSelector("#list\\:chips .filter-chip-remove")));
        browser.until(ExpectedConditions.not(ExpectedConditions.urlContains("year=")));
        assertTrue(driver.findElements(By.cssSelector(".filter-chip")).isEmpty(), "no chip left");
    }

    /** The number of records the list's paginator reports ("1–25 / 73"). */
    private long total() {
        String report = browser.driver().findElement(By.cssSelector("#list\\:table .ui-paginator-current")).getText();
        return Long.parseLong(report.substring(report.lastIndexOf('/') + 1).trim().replace(".", "").replace(",", ""));
    }
}
