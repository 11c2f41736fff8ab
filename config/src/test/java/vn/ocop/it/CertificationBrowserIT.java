package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recognition decision through the real pages: the office drafts it from a concluded round and names the signer, a
 * leader approves it, the office issues it and prints its certificates (one page per product, A4 landscape).
 */
@Tag("browser")
@IntegrationTest
class CertificationBrowserIT extends BrowserTest {

    @Test
    void theOfficeDraftsALeaderApprovesTheOfficeIssuesAndPrintsTheCertificates() throws Exception {
        CertificationIT.Concluded round = CertificationIT.concludedRound(url, 2, true);

        browser.open("certification/decisions.xhtml");
        browser.signIn("it-officer");
        WebDriver driver = browser.driver();
        WebElement draft = browser.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//tr[.//a[normalize-space(text())='" + round.title() + "']]//button[contains(@id,'draft')]")));
        browser.screenshot("certification-rounds-vi");
        browser.click(draft);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Dự thảo"));
        String decisionUrl = driver.getCurrentUrl();
        WebElement signer = browser.visible("wording:signerName");
        signer.clear();
        signer.sendKeys("Nguyễn Văn Trình");
        browser.click("wording:save");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Đã lưu"));
        browser.screenshot("certification-draft-vi");
        browser.signOut();

        browser.open(decisionUrl);
        browser.signIn("it-leader");
        // The leader reads the decision as the document it is, and sends it back with a reason or approves it.
        WebElement document = browser.visible("document");
        assertTrue(document.getText().contains("Điều 1.") && document.getText().contains("Nguyễn Văn Trình"), document.getText());
        assertTrue(driver.findElements(By.id("wording:article1")).isEmpty(), "no greyed form fields");
        assertTrue(driver.findElements(By.cssSelector("textarea[disabled], input[type=text][disabled]")).isEmpty());
        browser.click("review:sendBack");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Hãy ghi lý do trả lại"));
        browser.visible("review:reason").sendKeys("Bổ sung nơi nhận: Phòng Kinh tế");
        browser.click("review:sendBack");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sentBackReason"), "Bổ sung nơi nhận: Phòng Kinh tế"));
        assertTrue(browser.visible("status").getText().contains("Dự thảo"));
        browser.screenshot("certification-leader-review-vi");
        browser.click("decision:approve");
        browser.confirm();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã duyệt"));
        browser.signOut();

        browser.open(decisionUrl);
        browser.signIn("it-officer");
        browser.click("steps:issue");
        browser.confirm();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã ban hành"));
        String number = browser.visible("number").getText();
        assertTrue(number.matches("\\d+/QĐ-UBND"), number);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("certificates:table"), "OCOP-01-"));
        browser.screenshot("certification-issued-vi");

        String print = browser.visible("decision:certificatesPdf").getAttribute("href");
        Portal office = new Portal(new URI(url.toString()));
        assertEquals(302, office.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        var pdf = office.getBytes(URI.create(print).getPath().substring(URI.create(url.toString()).getPath().length()));
        assertEquals(200, pdf.statusCode());
        Pdf certificates = Pdf.read(pdf.body());
        int products = Integer.parseInt(driver.findElement(By.xpath(
                "//span[@class='label' and text()='Số sản phẩm']/following-sibling::span")).getText().strip());
        assertEquals(products, certificates.pages(), "one certificate a page");
        assertEquals(842, certificates.width(), 1);
        assertTrue(certificates.text().contains("GIẤY CHỨNG NHẬN") && certificates.text().contains("Nguyễn Văn Trình"));
        assertTrue(certificates.allFontsEmbedded());

        // The product's page shows its OCOP result in force: class, certificate and validity; and so does its producer's.
        String first = driver.findElement(By.id("certificates:table")).getText().replaceAll("(?s).*?(OCOP-01-\\d+-\\d+).*", "$1");
        long product = Database.count("SELECT product_id FROM cert_certificate WHERE number = ?", first);
        browser.open("registration/product.xhtml?id=" + product);
        String result = browser.visible("product:ocopResult").getText();
        assertTrue(result.contains(first) && result.contains("★") && result.contains("Còn hiệu lực"), result);
        browser.screenshots("product-ocop-result-vi");
        browser.click(driver.findElement(By.cssSelector(".record-head a")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products:table"), first));
        browser.screenshots("producer-ocop-result-vi");
    }
}
