package vn.ocop.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
 * The City's year under 148/QĐ-TTg as amended by 1489/QĐ-TTg through the real pages, from a commune's pre-screen to the
 * City's certificate: the commune officer passes a dossier of the commune's producer with remarks; the City's round
 * (which states its rule) takes it, its council scores and concludes; the City People's Committee's decision issues the
 * certificate in the City's name; anyone verifies it on the public page, in both languages.
 */
@Tag("browser")
@IntegrationTest
@RunAsClient
class CityYearBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final Browser browser = new Browser();

    @ArquillianResource
    URL url;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        Database.awaitTestAccounts();
        driver = browser.driver();
        wait = browser.waits();
    }


    @Test
    void aCommunePrescreensTheCityRecognisesAndAnyoneVerifiesTheCitysCertificate() throws Exception {
        long product = Long.parseLong(CertificationIT.submittedForTheCity(url, 1));

        // The commune officer (thị trấn Phùng, for which xã Đan Phượng pre-screens) passes the dossier with remarks.
        driver.get(url + "registration/product.xhtml?id=" + product);
        signIn("it-commune");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prescreen:pass")));
        List<WebElement> met = driver.findElements(By.cssSelector("label[for$=':result:0']"));
        assertFalse(met.isEmpty(), "the checklist to fill in");
        for (WebElement item : met) {
            assertEquals("Đạt", item.getText().strip());
            click(item);
        }
        visible("prescreen:remarks").sendKeys("Nguyên liệu thu mua tại các thôn của xã; hồ sơ đầy đủ");
        show("prescreen");
        browser.screenshot("city-prescreen-vi");
        click(By.id("prescreen:pass"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("prescreen:history"), "Đạt, chuyển Thành phố đánh giá"));
        assertTrue(driver.findElements(By.id("prescreen:pass")).isEmpty(), "pre-screened once");
        show("prescreen");
        browser.screenshot("city-prescreened-vi");
        language("EN");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("prescreen:history"), "Passed, forwarded to the City"));
        show("prescreen");
        browser.screenshot("city-prescreened-en");
        language("VI");
        signOut();

        // The City's round takes it; its council scores on paper and the round is concluded.
        CertificationIT.Concluded round = CertificationIT.concludedCityRound(url, String.valueOf(product));
        driver.get(url + "rating/round.xhtml?id=" + round.round());
        signIn("it-officer");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round:prescreenRule"),
                "đợt này chỉ nhận sản phẩm mà lần sơ loại gần nhất của xã đã đạt"));
        browser.screenshot("city-round-vi");
        language("EN");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round:prescreenRule"),
                "this round takes only products whose latest pre-screen by the commune passed"));
        browser.screenshot("city-round-en");
        language("VI");
        signOut();

        // The City People's Committee's decision, in the City's name.
        Portal office = new Portal(url.toURI());
        assertEquals(302, office.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        Portal leader = new Portal(url.toURI());
        assertEquals(302, leader.signIn("it-leader", TestAccounts.PASSWORD).statusCode());
        JsonObject issued = CertificationIT.issued(office, leader, CertificationIT.draft(office, round.round()), CertificationIT.TODAY);
        List<String> numbers = CertificationIT.certificates(issued);
        assertEquals(1, numbers.size(), issued.toString());
        String number = numbers.get(0);
        assertTrue(number.startsWith("OCOP-01-"), "numbered by the City: " + number);

        // Anyone verifies it, without signing in.
        driver.get(url + "verify.xhtml?number=" + number);
        wait.until(ExpectedConditions.attributeToBe(By.id("outcome"), "data-outcome", "VALID"));
        assertEquals("còn hiệu lực", visible("state").getText().strip().toLowerCase(java.util.Locale.ROOT), "shown in capitals");
        assertEquals(number, visible("foundNumber").getText().strip());
        String result = visible("result").getText();
        assertTrue(result.contains("Hà Nội") && !result.contains("Đan Phượng"), "issued by the City: " + result);
        browser.screenshot("city-verify-vi");
        click(By.id("lang-en"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals("valid", visible("state").getText().strip().toLowerCase(java.util.Locale.ROOT));
        browser.screenshot("city-verify-en");
    }

    /** Brings the element into view, for the screenshot. */
    private void show(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", visible(id));
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
        driver.findElement(By.cssSelector("[id='login:password'] input, input[id='login:password']")).sendKeys(TestAccounts.PASSWORD);
        click(By.id("login:submit"));
    }

    private void signOut() {
        click(By.id("top:signOut"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void click(WebElement element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
