package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through the real pages in headless Chromium: sign in, dashboard, language, sign out, errors. */
@Tag("browser")
@IntegrationTest
class PortalBrowserIT extends BrowserTest {

    private void go(String path) {
        browser.open(path);
    }

    private void signIn(String username, String password) {
        browser.signIn(username, password);
    }

    private String heading() {
        return browser.heading();
    }

    @Test
    void signInDashboardInBothLanguagesAndSignOut() {
        WebDriver driver = browser.driver();
        go("index.xhtml");
        browser.until(ExpectedConditions.urlContains("login.xhtml"));
        assertEquals("Đăng nhập hệ thống", heading(), "a protected page without a session lands on the login page");
        browser.screenshot("login-vi");

        signIn("it-admin", TestAccounts.PASSWORD);
        browser.until(ExpectedConditions.urlContains("index.xhtml"));
        assertEquals("Xin chào, Quản trị Kiểm thử", heading());
        assertEquals("Quản trị Kiểm thử", driver.findElement(By.id("who-name")).getText());
        assertTrue(driver.findElement(By.id("who-role")).getText().startsWith("Quản trị hệ thống"));
        assertTrue(driver.findElement(By.id("users")).getText().contains("Quản trị hệ thống"), "the accounts by role");
        assertTrue(driver.findElement(By.id("communes")).getText().contains("Xã Ô Diên"), "the dashboard's communes");
        assertTrue(driver.findElement(By.id("nav")).getText().contains("Nhật ký hệ thống"), "the admin menu is there");
        browser.screenshot("dashboard-vi");

        browser.click(driver.findElement(By.xpath("//*[@id='top:language']//*[text()='EN']")));
        browser.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Welcome, Quản trị Kiểm thử"));
        assertTrue(driver.findElement(By.id("nav")).getText().contains("Audit log"));
        browser.screenshot("dashboard-en");

        browser.click("top:signOut");
        browser.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(driver.getPageSource().contains("You have signed out."), "the public pages keep the language the user chose");

        signIn("it-admin", TestAccounts.PASSWORD);
        browser.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Welcome, Quản trị Kiểm thử"));
        browser.click(driver.findElement(By.xpath("//*[@id='top:language']//*[text()='VI']")));
        browser.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Xin chào, Quản trị Kiểm thử"));
    }

    @Test
    void anOfficerDoesNotSeeAdministrationAndGetsNotFoundThere() {
        WebDriver driver = browser.driver();
        go("admin/users.xhtml");
        signIn("it-officer", TestAccounts.PASSWORD);
        assertEquals("Không tìm thấy trang", heading(), "after sign-in the page of another role answers as not found");
        go("index.xhtml");
        assertTrue(heading().startsWith("Xin chào"));
        assertTrue(!driver.findElement(By.id("nav")).getText().contains("Người dùng"), "no administration menu");
    }

    @Test
    void theUnitsPageShowsTheReorganisation() {
        WebDriver driver = browser.driver();
        go("geography/units.xhtml");
        signIn("it-commune", TestAccounts.PASSWORD);
        assertEquals("Đơn vị hành chính", heading());
        String table = driver.findElement(By.id("units:table")).getText();
        assertTrue(table.contains("Thị trấn Phùng"));
        assertTrue(table.contains("Xã Ô Diên"));
        assertTrue(table.contains("Xã Ô Diên (một phần), Xã Liên Minh (một phần)"), "Hồng Hà was split");
        browser.screenshot("units-vi");
    }

    @Test
    void aUserChangesTheirPasswordAndBadInputIsExplainedNextToTheField() {
        go("account/password.xhtml");
        signIn("it-council", TestAccounts.PASSWORD);
        assertEquals("Đổi mật khẩu", heading());
        typePassword("account:current", "not-my-password-1");
        typePassword("account:password", "new-secret-2");
        typePassword("account:repeated", "new-secret-2");
        browser.click("account:change");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account"), "Mật khẩu hiện tại không đúng."));

        typePassword("account:current", TestAccounts.PASSWORD);
        typePassword("account:password", "short");
        typePassword("account:repeated", "short");
        browser.click("account:change");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account"), "Mật khẩu phải có ít nhất 8 ký tự."));
        browser.screenshot("password-rules-vi");
        assertEquals(302, new Portal(uri()).signIn("it-council", TestAccounts.PASSWORD).statusCode(),
                "refused changes changed nothing");

        typePassword("account:current", TestAccounts.PASSWORD);
        typePassword("account:password", "new-secret-2");
        typePassword("account:repeated", "new-secret-2");
        browser.click("account:change");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Đã đổi mật khẩu."));
        assertEquals(302, new Portal(uri()).signIn("it-council", "new-secret-2").statusCode());

        typePassword("account:current", "new-secret-2");
        typePassword("account:password", TestAccounts.PASSWORD);
        typePassword("account:repeated", TestAccounts.PASSWORD);
        browser.click("account:change");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Đã đổi mật khẩu."));
    }

    private void typePassword(String id, String value) {
        var field = browser.driver().findElement(By.cssSelector("[id='" + id + "'] input, input[id='" + id + "']"));
        field.clear();
        field.sendKeys(value);
    }

    private java.net.URI uri() {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOfficerRegistersAProducerAndFindsItWithoutDiacritics() {
        WebDriver driver = browser.driver();
        go("registration/producers.xhtml");
        signIn("it-officer", TestAccounts.PASSWORD);
        assertEquals("Chủ thể OCOP", heading());
        browser.click("list:register");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("producerForm:name")))
                .sendKeys("Hợp tác xã Bưởi Đường Thọ Xuân");
        browser.choose("producerForm:type", "Hợp tác xã");
        browser.choose("producerForm:commune", "Xã Thọ Xuân (đến 30/06/2025)");
        driver.findElement(By.id("producerForm:taxCode")).sendKeys("0107654321");
        driver.findElement(By.id("producerForm:address")).sendKeys("Thôn Bồng Lai");
        driver.findElement(By.id("producerForm:representativeName")).sendKeys("Phạm Thị Hằng");
        browser.click("producerForm:save");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("producerForm"),
                "Mã số thuế không hợp lệ (sai chữ số kiểm tra)."));
        browser.screenshot("producer-taxcode-vi");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM producer WHERE name = 'Hợp tác xã Bưởi Đường Thọ Xuân'"),
                "nothing saved on error");

        var taxCode = driver.findElement(By.id("producerForm:taxCode"));
        taxCode.clear();
        taxCode.sendKeys("0107654326");
        browser.click("producerForm:save");
        browser.until(ExpectedConditions.urlContains("registration/producer.xhtml?id="));
        browser.settled();
        assertEquals("Hợp tác xã Bưởi Đường Thọ Xuân", browser.heading(), "the new producer's page opens");

        browser.open("registration/producers.xhtml");
        driver.findElement(By.id("list:text")).sendKeys("buoi duong tho xuan");
        browser.click("list:search");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "1–1 / 1"));
        assertTrue(driver.findElement(By.id("list:table")).getText().contains("0107654326"));
        browser.screenshot("producers-vi");
    }

    @Test
    void aWrongPasswordIsExplainedInVietnamese() {
        go("login.xhtml");
        signIn("it-officer", "not-the-password-1");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng"));
        go("login.xhtml");
        browser.click("login:submit");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login"), "Trường này là bắt buộc."));
        browser.screenshot("login-required-vi");
    }
}
