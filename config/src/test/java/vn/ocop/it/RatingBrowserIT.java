package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A council member scores a product through the real pages: declares no conflict, ticks an option
 * on every criterion (each tick saved as a draft: a reload keeps them), submits; as the chair opens
 * the results and sees the product's mean and class, while the round's other product, not scored
 * yet, stays sealed for them, and so do the minutes.
 */
@Tag("browser")
@IntegrationTest
class RatingBrowserIT extends BrowserTest {

    /** More than a page of the round's tables (25 rows): their paging is read on a phone too. */
    private static final int PRODUCTS = 27;

    @Test
    void aCouncilMemberScoresAProductAndTheChairOpensTheResults() throws Exception {
        String tag = "b" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        Portal admin = new Portal(url.toURI());
        admin.signIn("it-admin", TestAccounts.PASSWORD);
        JsonObject accounts = Portal.ok(admin.post("api/v1/it-rating/members", Map.of("prefix", "it-" + tag + "-", "count", "1")));
        JsonObject chair = accounts.getJsonArray("items").getJsonObject(0);
        Portal office = new Portal(url.toURI());
        office.signIn("it-officer", TestAccounts.PASSWORD);
        JsonObject setup = Portal.ok(office.post("api/v1/it-rating/rounds", Map.of("tag", tag,
                "members", chair.getJsonNumber("id").toString(), "products", Integer.toString(PRODUCTS), "start", "true")));
        long round = setup.getJsonNumber("round").longValue();

        browser.open("rating/round.xhtml?id=" + round);
        browser.signIn(chair.getString("username"));
        WebDriver driver = browser.driver();
        browser.click("mine:table:0:score");
        browser.click("declaration:noConflict");
        browser.confirm();
        List<WebElement> criteria = browser.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".score-options")));
        assertTrue(criteria.size() > 10, "the sheet of set 7 has its criteria: " + criteria.size());
        for (WebElement criterion : criteria) {
            browser.click(criterion.findElements(By.cssSelector(".ui-radiobutton-box")).get(0));
        }
        String total = driver.findElement(By.cssSelector(".score-total strong")).getText();
        driver.navigate().refresh();
        browser.settled();
        List<WebElement> kept = browser.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".score-options")));
        assertEquals(criteria.size(), kept.stream().filter(c -> !c.findElements(By.cssSelector(".ui-radiobutton-box.ui-state-active")).isEmpty()).count(),
                "every tick was saved as a draft");
        assertEquals(total, driver.findElement(By.cssSelector(".score-total strong")).getText());
        browser.screenshot("score-draft-vi");

        browser.click("sheet:submit");
        browser.confirm();
        browser.waits().ignoring(WebDriverException.class).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#state.scoring-SUBMITTED")));
        assertEquals("Đã gửi phiếu", driver.findElement(By.id("state")).getText());
        // The locked sheet reads as what was awarded: the ticked option of each criterion stands out, no faded radio
        // buttons, and the points column gives the points awarded (their sum is the total), not the maxima.
        List<WebElement> chosen = browser.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".score-locked-option.chosen")));
        assertEquals(criteria.size(), chosen.size(), "one ticked option shown per criterion");
        assertTrue(driver.findElements(By.cssSelector(".score-options")).isEmpty(), "no disabled radio buttons");
        assertEquals("1", chosen.get(0).getCssValue("opacity"));
        java.math.BigDecimal awarded = driver.findElements(By.cssSelector(".score-awarded strong")).stream()
                .map(e -> shown(e.getText())).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertEquals(0, shown(total).compareTo(awarded), "the awarded points add up to the total " + total);
        browser.screenshot("score-locked-vi");

        browser.click("back");
        browser.click("round:openResults");
        browser.confirm();
        WebElement mean = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("results:table:0:mean")));
        assertEquals(0, shown(total).compareTo(shown(mean.getText())),
                "one sheet: the mean is its total");
        String stars = driver.findElement(By.cssSelector("[id='results:table'] .stars")).getText();
        assertTrue(stars.chars().allMatch(c -> c == '\u2605') && !stars.isEmpty(), stars);
        assertEquals("Giữ kín đến khi bạn gửi phiếu", browser.visible("results:table:1:sealed").getText(),
                "the product the chair has not scored yet");
        assertTrue(driver.findElements(By.id("results:table:1:mean")).isEmpty(), "no figure for a sealed product");
        assertTrue(driver.findElements(By.id("results:minutes")).isEmpty(), "the minutes print every product");
        assertTrue(browser.visible("results:minutesSealed").isDisplayed());
        browser.screenshots("round-results-vi");

        // The office reads the round, its results and its products a page of 25 at a time, on a phone as on a desktop:
        // nothing makes the page wider than the screen (a table scrolls inside its own box).
        browser.signOut();
        browser.open("rating/round.xhtml?id=" + round);
        browser.signIn("it-officer");
        browser.visible("results:table");
        assertTrue(browser.visible("products:table").getText().contains("1–25 / " + PRODUCTS), "the products a page at a time");
        browser.phone();
        browser.settled();
        @SuppressWarnings("unchecked")
        List<String> wider = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(PhoneCrawlBrowserIT.WIDER);
        browser.screenshot("round-office-vi-390");
        for (String part : List.of("results", "results:table_paginator_bottom", "products", "products:table_paginator_bottom")) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", part);
            browser.screenshot("round-office-" + part.replaceAll("[^a-z]+", "-") + "-vi-390");
        }
        browser.desktop();
        browser.screenshot("round-office-vi-1366");
        assertTrue(wider.isEmpty(), "the round on a phone: " + wider);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SHEET_SUBMITTED' AND state_after LIKE ?",
                "%member=" + chair.getString("username") + ";%"));
    }

    /** A number as the Vietnamese pages write it ("1.234,5"). */
    private static java.math.BigDecimal shown(String text) {
        return new java.math.BigDecimal(text.strip().replace(".", "").replace(',', '.'));
    }
}
