package vn.ocop.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator imports a province's list of units through the page (a bad list first: its problems by row;
 * then the good one: its preview and the confirmation), and the office's dashboard shows the 131 communes of today
 * twelve at a time, searched without diacritics; on a desktop and on a phone (390 px), in both languages, with
 * screenshots of each. Nothing scrolls sideways on the phone.
 */
@Tag("browser")
@IntegrationTest
class UnitsBrowserIT extends BrowserTest {

    private static final int PHONE = 390;

    @AfterEach
    void close() {
        ProvinceUnits.remove();
    }

    private void signIn(String page, String username) {
        browser.driver().get(url.toString() + page);
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.driver().findElement(By.id("login:password")).sendKeys(TestAccounts.PASSWORD);
        browser.driver().findElement(By.id("login:submit")).click();
        browser.until(ExpectedConditions.urlContains(page));
    }

    private String text(String id) {
        return browser.waits().ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    private void waitForText(String id, String part) {
        try {
            browser.waits().ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.id(id)).getText().contains(part));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("units-failed-" + id.replace(':', '-'));
            throw e;
        }
    }

    private void language(String code, String id, String part) {
        browser.driver().findElement(By.xpath("//*[@id='top:language']//*[text()='" + code + "']")).click();
        waitForText(id, part);
    }

    private void phone(boolean on) {
        if (on) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        } else {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        browser.driver().navigate().refresh();
    }

    /** Brings the part of the page that the screenshot is about into the viewport. */
    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
    }

    private void assertFits(String screenshot) {
        browser.screenshot(screenshot);
        long width = ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(width <= PHONE, screenshot + ": " + width + " px wide");
    }

    /** No cell of the table is cut: every text wraps inside its cell, and the table inside its card. */
    private void assertNothingCut(String tableId) {
        Object cut = ((JavascriptExecutor) browser.driver()).executeScript("var t = document.getElementById(arguments[0]);"
                + " var w = t.querySelector('.ui-datatable-tablewrapper');"
                + " if (w.scrollWidth > w.clientWidth + 1) return 'the table: ' + w.scrollWidth + ' > ' + w.clientWidth;"
                + " var cells = t.querySelectorAll('td');"
                + " for (var i = 0; i < cells.length; i++) { if (cells[i].scrollWidth > cells[i].clientWidth + 1) return cells[i].textContent; }"
                + " return null;", tableId);
        assertEquals(null, cut, tableId + " cut");
    }

    private void upload(byte[] content, String name) throws Exception {
        Path file = Files.createTempDirectory("units").resolve(name);
        Files.write(file, content);
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void theAdministratorImportsAProvinceAndTheDashboardShowsItAPageAtATime() throws Exception {
        signIn("admin/unit-import.xhtml", "it-admin");
        assertEquals("Nhập danh mục đơn vị hành chính", browser.driver().findElement(By.tagName("h1")).getText());

        // A bad list: every problem by row, nothing to import; in both languages, on a desktop and on a phone.
        byte[] bad = (ProvinceUnits.HEADER + "89201,Xã Kiểm Thử Lỗi,Xã,77777,01/07/2025,,,\n89202,=CMD(),Xã,01,01/07/2025,,,\n"
                + "89203,Xã Có Tên Rất Dài Để Thử Xem Bảng Lỗi Có Xuống Dòng Trên Điện Thoại Hay Không,Xã,7777777777777777777777,"
                + "01/07/2025,,,\n").getBytes(StandardCharsets.UTF_8);
        upload(bad, "sai.csv");
        waitForText("preview", "Danh sách lỗi");
        String problems = text("preview:problems");
        assertTrue(problems.contains("Không có đơn vị mã 77777") && problems.contains("công thức"), problems);
        assertFalse(browser.driver().findElement(By.id("preview:importAll")).isEnabled(), "nothing to import");
        scrollTo("preview");
        browser.screenshot("unit-import-problems-vi");
        assertNothingCut("preview:problems");
        phone(true);
        upload(bad, "sai.csv");
        waitForText("preview", "Danh sách lỗi");
        scrollTo("preview");
        assertFits("unit-import-problems-390-vi");
        assertNothingCut("preview:problems");
        language("EN", "current", "Download the current list");
        upload(bad, "sai.csv");
        waitForText("preview", "Problems");
        assertTrue(text("preview:problems").contains("No unit of code 77777"));
        scrollTo("preview");
        assertFits("unit-import-problems-390-en");
        assertNothingCut("preview:problems");
        phone(false);
        upload(bad, "sai.csv");
        waitForText("preview", "Problems");
        scrollTo("preview");
        browser.screenshot("unit-import-problems-en");

        // The province's list: its preview, then all of it.
        upload(ProvinceUnits.csv(), "ha-noi.csv");
        waitForText("preview", "No problem");
        scrollTo("preview");
        browser.screenshot("unit-import-preview-en");
        language("VI", "current", "Tải danh mục hiện có");
        upload(ProvinceUnits.csv(), "ha-noi.csv");
        waitForText("preview", "Không có lỗi");
        assertTrue(text("summary").contains("thêm mới 128"), text("summary"));
        scrollTo("preview");
        browser.screenshot("unit-import-preview-vi");
        browser.driver().findElement(By.id("preview:importAll")).click();
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForText("preview:result", "thêm mới 128");
        scrollTo("preview");
        browser.screenshot("unit-import-done-vi");

        browser.driver().get(url + "geography/units.xhtml");
        waitForText("units:table", "Kiểm Thử");
        browser.screenshot("units-after-import-vi");
    }

    @Test
    void theOfficesDashboardShowsTheCommunesTwelveAtATimeAndFindsOne() throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        assertEquals(200, admin.postBytes("api/v1/unit-lists/import", "text/csv", ProvinceUnits.csv()).statusCode());

        signIn("index.xhtml", "it-officer");
        waitForText("communes", "Xã 1–12 trong 131");
        assertEquals(12, browser.driver().findElements(By.cssSelector("#communes .commune-group")).size());
        assertTrue(text("communes").contains("Xã Ô Diên"), "the communes with products first");
        scrollTo("communes");
        browser.screenshot("dashboard-communes-vi");

        browser.driver().findElement(By.id("communeForm:nextCommunes")).click();
        waitForText("communes", "Xã 13–24 trong 131");
        assertEquals(12, browser.driver().findElements(By.cssSelector("#communes .commune-group")).size());

        browser.driver().findElement(By.id("communeForm:communeQuery")).sendKeys("kiem thu 05");
        waitForText("communes", "Xã 1–10 trong 10");
        assertTrue(text("communes").contains("Xã Kiểm Thử 050") || text("communes").contains("Phường Kiểm Thử 051"));
        scrollTo("communes");
        browser.screenshot("dashboard-communes-search-vi");
        language("EN", "communes", "Communes 1–12 of 131");
        scrollTo("communes");
        browser.screenshot("dashboard-communes-en");

        phone(true);
        waitForText("communes", "Communes 1–12 of 131");
        scrollTo("communes");
        assertFits("dashboard-communes-390-en");
        language("VI", "communes", "Xã 1–12 trong 131");
        scrollTo("communes");
        assertFits("dashboard-communes-390-vi");
        phone(false);
    }
}
