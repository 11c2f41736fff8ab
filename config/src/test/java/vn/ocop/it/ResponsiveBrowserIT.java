package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ocop.it.support.Browser;
import vn.ocop.it.support.Portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone (390 px wide) through the real pages: the public verification shows a revoked certificate unmistakably,
 * with its decisions and their dates, and nothing that reads as valid; the menu is a drawer that the header's button
 * opens; the criteria pages show legal sources, not the project's working notes. No page scrolls sideways.
 */
@Tag("browser")
@IntegrationTest
class ResponsiveBrowserIT extends BrowserTest {

    private static final int PHONE = Browser.PHONE_WIDTH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @BeforeEach
    void onAPhone() {
        browser.phone();
    }

    @Test
    void aShopperOnAPhoneSeesARevokedCertificateUnmistakablyWithItsDecisions() throws Exception {
        CertificationIT.Concluded round = CertificationIT.concludedRound(url, 2, true); // a City round: the City signs today
        Portal office = Portal.signedIn(url, "it-officer");
        Portal leader = Portal.signedIn(url, "it-leader");
        JsonObject recognition = issued(office, leader, CertificationIT.draft(office, round.round()));
        List<String> numbers = CertificationIT.certificates(recognition);
        assertTrue(numbers.size() >= 2, "two certificates: " + numbers);
        String revokedNumber = numbers.get(0);
        JsonObject revocation = issued(office, leader, Portal.ok(office.sendJson("POST", "api/v1/decisions/revocations",
                "{\"decision\": " + CertificationIT.id(recognition) + ", \"certificates\": [\"" + revokedNumber
                        + "\"], \"groundCodes\": [\"FOOD_SAFETY\"], \"grounds\": \"Vi phạm an toàn thực phẩm\"}")));
        // The dates as the decisions were signed (whatever day the fixture signs them on).
        String signed = LocalDate.parse(recognition.getJsonObject("decision").getString("date")).format(DAY);
        String revokedOn = LocalDate.parse(revocation.getJsonObject("decision").getString("date")).format(DAY);

        browser.open("verify.xhtml?number=" + revokedNumber);
        WebDriver driver = browser.driver();
        WebElement outcome = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertEquals("REVOKED", outcome.getAttribute("data-outcome"));
        WebElement state = driver.findElement(By.id("state"));
        assertTrue(state.getText().toLowerCase(new Locale("vi")).contains("đã thu hồi"), state.getText());
        assertTrue(Double.parseDouble(state.getCssValue("font-size").replace("px", "")) >= 20, "large: " + state.getCssValue("font-size"));
        assertEquals("rgba(255, 255, 255, 1)", outcome.getCssValue("color"), "white on red");
        String decision = driver.findElement(By.id("decision")).getText();
        assertTrue(decision.contains(recognition.getJsonObject("decision").getString("number")) && decision.contains(signed), decision);
        String revoked = driver.findElement(By.id("revocation")).getText();
        assertTrue(revoked.contains(revocation.getJsonObject("decision").getString("number")) && revoked.contains(revokedOn), revoked);
        String page = driver.findElement(By.tagName("body")).getText().toLowerCase(new Locale("vi"));
        assertFalse(page.contains("còn hiệu lực"), "nothing reads as valid: " + page);
        assertFits("verify-revoked-390");

        browser.open("verify.xhtml?number=" + numbers.get(1));
        assertEquals("VALID", browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getAttribute("data-outcome"));
        assertTrue(driver.findElement(By.id("state")).getText().toLowerCase(new Locale("vi")).contains("còn hiệu lực"));
        assertFits("verify-valid-390");

        JsonObject api = Portal.ok(new Portal(url.toURI()).get("api/v1/verify/" + revokedNumber));
        assertEquals("REVOKED", api.getString("status"), "the contract's fields stay");
        assertEquals(revocation.getJsonObject("decision").getString("number"), api.getString("revocation"));
        assertEquals(revocation.getJsonObject("decision").getString("date"), api.getString("revokedOn"));
        assertEquals(recognition.getJsonObject("decision").getString("date"), api.getString("decisionSignedOn"));
    }

    @Test
    void onAPhoneTheMenuIsADrawerAndTheCriteriaPagesShowNoWorkingNotes() {
        browser.open("index.xhtml");
        browser.signIn("it-officer");
        WebDriver driver = browser.driver();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuToggle")));
        assertFalse(driver.findElement(By.id("portalNav")).isDisplayed(), "the menu is closed at first");
        assertFits("home-390");

        browser.click("menuToggle");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("portalNav")));
        assertEquals("true", driver.findElement(By.id("menuToggle")).getAttribute("aria-expanded"));
        browser.screenshot("menu-drawer-390");
        browser.click("nav:m-criteria");
        browser.until(ExpectedConditions.urlContains("rating/criteria.xhtml"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuToggle")));
        assertFalse(driver.findElement(By.id("portalNav")).isDisplayed(), "a new page opens with the menu closed");
        assertNoWorkingNotes();
        assertFits("criteria-390");

        browser.open("rating/sheet.xhtml?id=7");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sheet-form")));
        assertNoWorkingNotes();
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Quyết định số 148/QĐ-TTg ngày 24/02/2023"),
                "the legal source");
        assertFits("sheet-390");
    }

    /** An officer's pages with wide forms: an issued decision's revocation draft, the support dialog, the statistics. */
    @Test
    void anOfficersRevocationSupportAndStatisticsPagesFitAPhone() throws Exception {
        CertificationIT.Concluded round = CertificationIT.concludedRound(url, 2, true);
        Portal office = Portal.signedIn(url, "it-officer");
        JsonObject recognition = issued(office, Portal.signedIn(url, "it-leader"), CertificationIT.draft(office, round.round()));
        browser.open("index.xhtml");
        browser.signIn("it-officer");

        browser.open("certification/decision.xhtml?id=" + CertificationIT.id(recognition));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificates:draftRevocation")));
        assertFits("decision-revocation-390");

        browser.open("registration/supports.xhtml");
        browser.click("list:record");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("supportDialog")));
        browser.settled();
        assertFits("support-dialog-390");

        browser.open("reports/statistics.xhtml");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("statistics:workbook")));
        assertFits("statistics-390");
    }

    private void assertNoWorkingNotes() {
        WebDriver driver = browser.driver();
        String text = driver.findElement(By.tagName("body")).getText();
        for (String internal : List.of("Issue", "CHƯA CHẮC CHẮN", "[S1", "[S6", ".csv", "augustine", "giả định", "tài liệu tham khảo")) {
            assertFalse(text.contains(internal), "\"" + internal + "\" on " + driver.getCurrentUrl());
        }
    }

    /** The page is no wider than the phone: nothing scrolls sideways but the tables inside their own box. */
    private void assertFits(String screenshot) {
        WebDriver driver = browser.driver();
        browser.screenshot(screenshot);
        long viewport = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
        assertEquals(PHONE, viewport, "the phone's viewport");
        long width = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(width <= PHONE, screenshot + ": " + width + " px wide");
    }

    /** Names the signer (the office), approves (a leader), issues today (the office). */
    private static JsonObject issued(Portal office, Portal leader, JsonObject draft) {
        JsonObject approved = Portal.ok(CertificationIT.approve(leader, CertificationIT.named(office, draft)));
        return Portal.ok(CertificationIT.issue(office, approved, CertificationIT.TODAY));
    }
}
