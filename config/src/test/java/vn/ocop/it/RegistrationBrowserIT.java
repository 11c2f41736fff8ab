package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ocop.it.support.Database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registration path through the real pages: a commune's producer, its product idea accepted,
 * the plan and preparation, the dossier filled by uploads (a file of the wrong kind refused) and
 * submitted for evaluation once complete.
 */
@Tag("browser")
@IntegrationTest
class RegistrationBrowserIT extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void aProducerAndAProductAreRegisteredAndTheDossierSubmitted() throws IOException {
        String number = "01F80" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String producer = "Tổ hợp tác Sen " + number;
        browser.open("registration/producers.xhtml");
        browser.signIn("it-officer");
        WebDriver driver = browser.driver();
        browser.click("list:register");
        browser.visible("producerForm:name").sendKeys(producer);
        browser.choose("producerForm:type", "Tổ hợp tác");
        browser.choose("producerForm:commune", "Xã Tân Hội (đến 30/06/2025)");
        driver.findElement(By.id("producerForm:taxCode")).sendKeys(number);
        driver.findElement(By.id("producerForm:address")).sendKeys("Thôn Thượng Hội");
        driver.findElement(By.id("producerForm:representativeName")).sendKeys("Nguyễn Thị Sen");
        driver.findElement(By.id("producerForm:phone")).sendKeys("số máy bàn");
        driver.findElement(By.id("producerForm:email")).sendKeys("không phải thư");
        browser.click("producerForm:save");
        // Every problem at once, each next to its field.
        browser.waitForText("producerForm", "Số điện thoại gồm 8–15 chữ số");
        assertTrue(browser.text("producerForm").contains("Địa chỉ thư điện tử không hợp lệ"), browser.text("producerForm"));
        browser.screenshots("producer-form-problems-vi");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM producer WHERE tax_code = ?", number), "nothing saved on error");
        driver.findElement(By.id("producerForm:phone")).clear();
        driver.findElement(By.id("producerForm:phone")).sendKeys("0912 345 678");
        driver.findElement(By.id("producerForm:email")).clear();
        browser.click("producerForm:save");
        // The new producer's page opens, where its products are registered next.
        browser.until(ExpectedConditions.urlContains("registration/producer.xhtml?id="));
        browser.settled();
        assertEquals(producer, browser.heading());
        browser.click("products:registerProduct");
        browser.visible("productForm:name").sendKeys("Trà sen Tân Hội " + number);
        browser.choose("productForm:productSet", "I.5.b · Sản phẩm chè (trà) từ thực vật khác");
        browser.click("productForm:save");
        // And the new product's page, with its cycle.
        browser.until(ExpectedConditions.urlContains("registration/product.xhtml?id="));
        browser.settled();
        assertEquals("Trà sen Tân Hội " + number, browser.heading());
        browser.waitForText("product", "Đã đăng ký ý tưởng");

        move("cycle:accept", "Ý tưởng được chấp nhận");
        move("cycle:advance", "Đã nộp phương án kinh doanh");
        move("cycle:advance", "Đang hoàn thiện sản phẩm");
        browser.click("product:edit");
        WebElement samples = browser.visible("editForm:samples_input");
        samples.clear();
        samples.sendKeys("5");
        browser.click("editForm:save");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".samples-line .pi-check-circle")));

        upload("REGISTRATION_FORM", write("phieu-dang-ky.pdf", "%PDF-1.4\n% phiếu đăng ký\n%%EOF\n"));
        browser.waitForText("dossier:checklist", "phieu-dang-ky.pdf");
        upload("SELF_ASSESSMENT", write("tu-danh-gia.pdf", "PK\u0003\u0004 không phải PDF"));
        browser.waitForText("dossier", "Chỉ nhận tệp PDF, JPEG hoặc PNG");
        browser.screenshot("dossier-refused-vi");
        upload("SELF_ASSESSMENT", write("bao-cao-tu-danh-gia.pdf", "%PDF-1.4\n% tự đánh giá\n%%EOF\n"));
        browser.waitForText("dossier:checklist", "bao-cao-tu-danh-gia.pdf");
        browser.waitForText("dossier", "100 %");
        browser.screenshot("dossier-complete-vi");

        browser.click("cycle:advance");
        browser.visible("moveForm:note").sendKeys("Nộp hồ sơ đánh giá cấp huyện");
        browser.click("moveForm:confirm");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".record-head .step-badge"),
                "Đã nộp hồ sơ đánh giá"));
        assertTrue(driver.findElements(By.id("dossier:file_input")).isEmpty(), "a submitted dossier takes no more uploads");
        browser.screenshot("product-submitted-vi");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM product p JOIN producer r ON r.id = p.producer_id "
                + "WHERE r.tax_code = ? AND p.step = 'DOSSIER_SUBMITTED' AND p.registration_type = 'FIRST_TIME'", number));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM dossier_document d JOIN product p ON p.id = d.product_id "
                + "JOIN producer r ON r.id = p.producer_id WHERE r.tax_code = ?", number));
    }

    private void move(String button, String step) {
        browser.click(button);
        browser.click(browser.visible("moveForm:confirm").getAttribute("id"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".record-head .step-badge"), step));
    }

    private void upload(String item, Path file) {
        browser.choose("dossier:item", itemLabel(item));
        browser.driver().findElement(By.id("dossier:file_input")).sendKeys(file.toString());
        browser.settled();
    }

    private static String itemLabel(String item) {
        return switch (item) {
            case "REGISTRATION_FORM" -> "Phiếu đăng ký sản phẩm";
            case "SELF_ASSESSMENT" -> "Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí";
            default -> throw new IllegalArgumentException(item);
        };
    }

    private Path write(String name, String content) throws IOException {
        return Files.write(files.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }
}
