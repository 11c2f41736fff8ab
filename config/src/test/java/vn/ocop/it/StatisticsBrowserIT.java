package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.ocop.it.support.Portal;

/**
 * The statistics page as a leader sees it: the tables of this year, a year chosen in the menu, a commune's count
 * leading to that commune's products, and the export buttons pointing at the API.
 */
@Tag("browser")
@IntegrationTest
class StatisticsBrowserIT extends BrowserTest {

    private static final String PRODUCTS = "Sản phẩm";

    @Test
    void theTablesOfAYearAndTheLinksBehindTheirCounts() {
        browser.open("reports/statistics.xhtml");
        browser.signIn("it-leader");
        WebDriver driver = browser.driver();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("statistics:communes")));
        driver.manage().window().setSize(new Dimension(1366, 2300));
        browser.screenshot("statistics-vi");
        String page = driver.findElement(By.tagName("body")).getText();
        int year = Portal.today().getYear();
        assertTrue(page.contains("Báo cáo thống kê Chương trình OCOP"), page);
        assertTrue(page.contains("Kỳ báo cáo từ 01/01/" + year + " đến 31/12/" + year), page);
        assertTrue(page.contains("Sản phẩm theo xã, thị trấn và hạng sao") && page.contains("Chủ thể theo loại hình")
                && page.contains("Giấy chứng nhận OCOP của huyện") && page.contains("Đào tạo, tập huấn"), page);
        assertTrue(!driver.findElements(By.cssSelector("a[href$='/api/v1/exports/products.csv']")).isEmpty(), "the CSV button");
        assertTrue(!driver.findElements(By.cssSelector("a[href$='/api/v1/exports/certificates.json']")).isEmpty(), "the JSON button");

        List<WebElement> communes = driver.findElements(By.cssSelector("[id$='commune-count']"));
        assertTrue(!communes.isEmpty(), "the test registrations give at least one commune");
        String href = communes.get(0).getAttribute("href");
        assertTrue(href.contains("registration/products.xhtml?commune="), href);
        browser.open(href);
        browser.until(ExpectedConditions.urlContains("products.xhtml"));
        browser.until(ExpectedConditions.titleContains(PRODUCTS));
    }

    /**
     * In English the statistics name the groups of products in English (the criteria sets name them in Vietnamese only)
     * and the period's inspections by conclusion; in Vietnamese as the criteria sets do. Both on a desktop and a phone.
     */
    @Test
    void theGroupsOfProductsReadInThePagesLanguage() {
        browser.open("reports/statistics.xhtml");
        browser.signIn("it-leader");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("statistics:groups")));
        String vietnamese = browser.text("statistics:groups");
        assertTrue(vietnamese.contains("Thực phẩm chế biến"), "the test products are of set 7 (processed food): " + vietnamese);
        groupsOnAPhone("statistics-groups-vi-390");
        language("EN");
        try {
            browser.until(ExpectedConditions.presenceOfElementLocated(By.id("statistics:groups")));
            String english = browser.text("statistics:groups");
            assertTrue(english.contains("Processed food") && !english.contains("Thực phẩm"), english);
            assertTrue(english.codePoints().noneMatch(c -> c > 0x7f && c != 0x2013 && c != 0x2014), "no Vietnamese: " + english);
            assertTrue(browser.text("inspections").contains("Compliant") || browser.text("inspections").contains("compliant"),
                    browser.text("inspections"));
            browser.driver().manage().window().setSize(new Dimension(1366, 2300));
            browser.screenshot("statistics-en");
            groupsOnAPhone("statistics-groups-en-390");
        } finally {
            language("VI");
        }
    }

    /** A screenshot of the groups' table as a phone shows it (scrolled to it); back to the desktop. */
    private void groupsOnAPhone(String name) {
        browser.phone();
        browser.settled();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('statistics:groups').scrollIntoView()");
        browser.screenshot(name);
        browser.desktop();
    }

    private void language(String label) {
        browser.click(browser.driver().findElement(By.xpath("//*[@id='top:language']//*[text()='" + label + "']")));
        browser.waits().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> label.toLowerCase(java.util.Locale.ROOT)
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        browser.settled();
    }
}
