package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The City's year under 148/QĐ-TTg as amended by 1489/QĐ-TTg through the real pages, from a commune's pre-screen to the
 * City's certificate: the commune officer passes a dossier of the commune's producer with remarks; the City's round
 * (which states its rule) takes it, its council scores and concludes; the City People's Committee's decision issues the
 * certificate in the City's name; anyone verifies it on the public page, in both languages.
 */
@Tag("browser")
@IntegrationTest
class CityYearBrowserIT extends BrowserTest {

    @Test
    void aCommunePrescreensTheCityRecognisesAndAnyoneVerifiesTheCitysCertificate() throws Exception {
        long product = Long.parseLong(CertificationIT.submittedForTheCity(url, 1));

        // The commune officer (thị trấn Phùng, for which xã Đan Phượng pre-screens) passes the dossier with remarks.
        browser.driver().get(url + "registration/product.xhtml?id=" + product);
        signIn("it-commune");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("prescreen:pass")));
        List<WebElement> met = browser.driver().findElements(By.cssSelector("label[for$=':result:0']"));
        assertFalse(met.isEmpty(), "the checklist to fill in");
        for (WebElement item : met) {
            assertEquals("Đạt", item.getText().strip());
            click(item);
        }
        visible("prescreen:remarks").sendKeys("Nguyên liệu thu mua tại các thôn của xã; hồ sơ đầy đủ");
        show("prescreen");
        browser.screenshot("city-prescreen-vi");
        browser.phone();
        show("prescreen:remarks");
        browser.screenshot("city-prescreen-390-vi");
        browser.desktop();
        show("prescreen");
        click(By.id("prescreen:pass"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("prescreen:history"), "Đạt, chuyển Thành phố đánh giá"));
        assertTrue(browser.driver().findElements(By.id("prescreen:pass")).isEmpty(), "pre-screened once");
        show("prescreen");
        browser.screenshot("city-prescreened-vi");
        language("EN");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("prescreen:history"), "Passed, forwarded to the City"));
        show("prescreen");
        browser.screenshot("city-prescreened-en");
        browser.phone();
        browser.driver().navigate().refresh();
        show("prescreen");
        browser.screenshot("city-prescreened-390-en");
        language("VI");
        show("prescreen");
        browser.screenshot("city-prescreened-390-vi");
        browser.desktop();
        Path pdfs = Files.createDirectories(Path.of("target", "pdfs"));
        Portal screened = Portal.signedIn(url, "it-officer");
        Files.write(pdfs.resolve("city-prescreen.pdf"), screened.getBytes("api/v1/products/" + product + "/prescreen.pdf").body());
        browser.driver().get(url + "registration/prescreened.xhtml");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("list")));
        browser.screenshots("city-prescreened-list-vi");
        signOut();

        // The City's round takes it; its council scores on paper and the round is concluded.
        CertificationIT.Concluded round = CertificationIT.concludedCityRound(url, String.valueOf(product));
        browser.driver().get(url + "rating/round.xhtml?id=" + round.round());
        signIn("it-officer");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round:prescreenRule"),
                "đợt này chỉ nhận sản phẩm mà lần sơ loại gần nhất của xã đã đạt"));
        browser.screenshot("city-round-vi");
        language("EN");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round:prescreenRule"),
                "this round takes only products whose latest pre-screen by the commune passed"));
        browser.screenshot("city-round-en");
        language("VI");
        signOut();

        // The City People's Committee's decision, in the City's name.
        Portal office = Portal.signedIn(url, "it-officer");
        Portal leader = Portal.signedIn(url, "it-leader");
        JsonObject issued = CertificationIT.issued(office, leader, CertificationIT.draft(office, round.round()), CertificationIT.TODAY);
        List<String> numbers = CertificationIT.certificates(issued);
        assertEquals(1, numbers.size(), issued.toString());
        String number = numbers.get(0);
        assertTrue(number.startsWith("OCOP-01-"), "numbered by the City: " + number);
        Files.write(pdfs.resolve("city-decision.pdf"), office.getBytes("api/v1/decisions/" + CertificationIT.id(issued) + "/pdf").body());
        Files.write(pdfs.resolve("city-certificate.pdf"), office.getBytes("api/v1/certificates/" + number + "/pdf").body());

        // Anyone verifies it, without signing in.
        browser.driver().get(url + "verify.xhtml?number=" + number);
        browser.until(ExpectedConditions.attributeToBe(By.id("outcome"), "data-outcome", "VALID"));
        assertEquals("còn hiệu lực", visible("state").getText().strip().toLowerCase(java.util.Locale.ROOT), "shown in capitals");
        assertEquals(number, visible("foundNumber").getText().strip());
        String result = visible("result").getText();
        assertTrue(result.contains("Hà Nội") && !result.contains("Đan Phượng"), "issued by the City: " + result);
        browser.screenshot("city-verify-vi");
        click(By.id("lang-en"));
        browser.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals("valid", visible("state").getText().strip().toLowerCase(java.util.Locale.ROOT));
        browser.screenshot("city-verify-en");
    }

    @Test
    void theAdministratorKeepsTheChecklistAndThePickersFindUnitsWithoutDiacritics() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        browser.driver().get(url + "admin/prescreen-items.xhtml");
        signIn("it-admin");
        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), "Danh mục sơ loại hồ sơ của xã"));
        visible("item:textVi").sendKeys("Nhãn sản phẩm ghi rõ nơi sản xuất " + tag);
        visible("item:textEn").sendKeys("The label names the place of making " + tag);
        click(By.id("item:save"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("items:table"), "nơi sản xuất " + tag));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM prescreen_item WHERE text_vi LIKE ? AND active = FALSE", "%" + tag),
                "added, prepared for later");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRESCREEN_ITEM_ADDED' AND state_after LIKE ?",
                "%" + tag + "%"));

        // Put in use through its form, then retired from its row: each change audited, the item kept.
        click(row(tag).findElement(By.cssSelector("button[id$=':edit']")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item"), "Sửa mục"));
        click(By.cssSelector("[id='item:active'] .ui-chkbox-box"));
        click(By.id("item:save"));
        browser.until(d -> Database.count("SELECT COUNT(*) FROM prescreen_item WHERE text_vi LIKE ? AND active = TRUE", "%" + tag) == 1);
        show("items");
        browser.screenshots("prescreen-items-vi");
        click(row(tag).findElement(By.cssSelector("button[id$=':edit']")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item"), "Sửa mục"));
        show("item");
        browser.screenshot("prescreen-item-form-vi");
        language("EN");
        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), "Commune pre-screen checklist"));
        browser.screenshots("prescreen-items-en");
        show("item");
        browser.screenshot("prescreen-item-form-en");
        browser.phone();
        show("item");
        browser.screenshot("prescreen-item-form-390-en");
        browser.desktop();
        click(row(tag).findElement(By.cssSelector("button[id$=':retire']")));
        browser.until(d -> Database.count("SELECT COUNT(*) FROM prescreen_item WHERE text_vi LIKE ? AND active = FALSE", "%" + tag) == 1);
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRESCREEN_ITEM_CHANGED' AND state_after LIKE ?",
                "%" + tag + "%"));
        browser.phone();
        browser.driver().navigate().refresh();
        assertTrue(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth")).longValue() <= 390, "nothing sideways on a phone");
        browser.desktop();
        language("VI");
        signOut();

        // The unit pickers: "dan" finds both Đan Phượng, told apart; "o dien" finds Ô Diên.
        browser.driver().get(url + "registration/producers.xhtml");
        signIn("it-officer");
        click(By.id("list:commune"));
        WebElement filter = visible("list:commune_filter");
        filter.sendKeys("dan");
        browser.until(d -> shownItems().contains("Xã Đan Phượng (đến 30/06/2025)") && shownItems().contains("Xã Đan Phượng"));
        assertTrue(shownItems().stream().allMatch(i -> i.contains("Đan Phượng")), shownItems().toString());
        browser.screenshot("picker-dan-vi");
        filter.clear();
        filter.sendKeys("O DIEN");
        browser.until(d -> shownItems().equals(List.of("Xã Ô Diên")));
        browser.screenshot("picker-o-dien-vi");
        signOut();
    }

    /** The labels of the open picker's items that the filter leaves shown. */
    private List<String> shownItems() {
        return browser.driver().findElements(By.cssSelector("[id='list:commune_panel'] li.ui-selectonemenu-item"))
                .stream().filter(WebElement::isDisplayed).map(e -> e.getText().strip()).filter(t -> !t.isEmpty()).toList();
    }

    /** The checklist's row that holds the text. */
    private WebElement row(String text) {
        return browser.until(d -> d.findElements(By.cssSelector("[id='items:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    /** Brings the element into view, for the screenshot. */
    private void show(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", visible(id));
    }

    private void language(String label) {
        click(By.xpath("//*[@id='top:language']//*[text()='" + label + "']"));
        // The switch reloads the page: reading the old document while it goes may fail; read again until the new one says.
        browser.waits().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> label.toLowerCase(java.util.Locale.ROOT)
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        browser.settled();
    }

    private void signIn(String username) {
        visible("login:username").sendKeys(username);
        browser.driver().findElement(By.cssSelector("[id='login:password'] input, input[id='login:password']")).sendKeys(TestAccounts.PASSWORD);
        click(By.id("login:submit"));
    }

    private void signOut() {
        click(By.id("top:signOut"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    private void click(By by) {
        browser.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void click(WebElement element) {
        browser.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private WebElement visible(String id) {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
