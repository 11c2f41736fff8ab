package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inspections' pages in a browser, in both languages, on a desktop and a phone: the office records an inspection on
 * its form (a rule broken shows next to its field), the register marks an overdue remedy, the inspection's page offers
 * the revocation; the administrator's numbering page confirms a change with what it means.
 */
@Tag("browser")
@IntegrationTest
class InspectionsBrowserIT extends BrowserTest {

    @Test
    void theOfficeRecordsAnInspectionAndTheRegisterShowsItsFollowUp() throws Exception {
        InspectionsIT.Recognised recognised = InspectionsIT.recognised(url, 2);
        String certificate = recognised.certificates().get(0);
        browser.open("certification/inspection.xhtml?certificate=" + certificate);
        browser.signIn("it-officer");
        browser.waitForText("certificateNumber", certificate);
        browser.screenshots("inspection-form-vi");
        browser.type("record:body", InspectionsIT.TEAM);
        browser.type("record:inspectors", "Trần Văn Nam, Đỗ Thị Hạnh");
        browser.type("record:scope", "Quy trình sản xuất, nhãn sản phẩm");
        browser.type("record:findings", "Nhãn chưa ghi hạn sử dụng");
        browser.date("record:inspectedOn_input", "01/08/2025");
        browser.click(browser.driver().findElement(By.cssSelector("[id='record:outcome'] label[for$='outcome:1']")));
        browser.date("record:remedyBy_input", "01/08/2025");
        browser.click("record:save");
        browser.waitForTextIn("body", "phải sau ngày kiểm tra");
        browser.screenshot("inspection-form-refused-1366");
        browser.date("record:remedyBy_input", "01/09/2025");
        browser.click("record:save");
        browser.until(ExpectedConditions.urlContains("inspection.xhtml?id="));
        browser.waitForText("followUp", "Quá hạn khắc phục");
        browser.screenshots("inspection-vi");

        browser.open("certification/inspections.xhtml?overdue=true");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.row-overdue")));
        browser.screenshots("inspections-vi");
        language("EN");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.row-overdue")));
        String page = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(page.contains("Register of inspections after recognition") && page.contains("Remedy overdue"), page);
        browser.screenshots("inspections-en");
        browser.open("certification/inspection.xhtml?certificate=" + recognised.certificates().get(1));
        browser.waitForText("certificateNumber", recognised.certificates().get(1));
        browser.screenshots("inspection-form-en");
        language("VI");
    }

    @Test
    void theAdministratorSeesEachBodysNumberingAndConfirmsAChangeWithItsConsequence() {
        browser.open("admin/numbering.xhtml");
        browser.signIn("it-admin");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("bodies:table")));
        browser.screenshots("numbering-vi");
        browser.click(browser.driver().findElement(By.cssSelector("[id='bodies:table'] button[id$=':change']")));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        String asked = browser.driver().findElement(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
        assertTrue(asked.contains("Các quyết định đã ban hành giữ nguyên số"), asked);
        browser.screenshot("numbering-confirm-vi-1366");
        browser.driver().findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        language("EN");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("bodies:table")));
        browser.screenshots("numbering-en");
        language("VI");
    }

    private void language(String label) {
        browser.click(browser.driver().findElement(By.xpath("//*[@id='top:language']//*[text()='" + label + "']")));
        browser.waits().ignoring(WebDriverException.class).until(d -> label.toLowerCase(Locale.ROOT)
                .equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        browser.settled();
    }
}
