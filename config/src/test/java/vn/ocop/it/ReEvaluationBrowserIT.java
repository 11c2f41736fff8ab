package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product page of a recognised product: its history of evaluations with its certificate, registering it again for
 * a re-evaluation, and the new dossier that says what was carried over and what to supply again.
 */
@Tag("browser")
@IntegrationTest
class ReEvaluationBrowserIT extends BrowserTest {

    @Test
    void theOfficeRegistersARecognisedProductForReEvaluationFromItsPage() throws Exception {
        ReEvaluationIT.Recognised recognised = ReEvaluationIT.recognised(url);
        browser.open("registration/product.xhtml?id=" + recognised.product());
        browser.signIn("it-officer");
        browser.waitForText("history:evaluations", recognised.certificate());
        assertTrue(browser.text("history:evaluations").contains("Đánh giá lần đầu"), browser.text("history:evaluations"));
        browser.screenshot("product-history-vi");
        browser.click("history:reEvaluate");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("againForm:againConfirm")));
        browser.type("againForm:againNote", "Đánh giá lại trước khi giấy chứng nhận hết hiệu lực");
        browser.click("againForm:againConfirm");
        browser.waitForText("dossier:again", "Hồ sơ lần 2");
        String again = browser.text("dossier:again");
        assertTrue(again.contains(recognised.certificate()), again);
        assertTrue(browser.text("dossier:carried").contains("atvstp.pdf"), "the food-safety certificate is carried over");
        String supply = browser.text("dossier:supplyAgain");
        assertTrue(supply.contains("kiem-nghiem.pdf") && supply.contains("đã hết hiệu lực ngày 31/12/2025"), supply);
        assertTrue(supply.contains("phieu-dang-ky.pdf") && supply.contains("mỗi lần đăng ký cần bản mới"), supply);
        assertTrue(browser.text("dossier:checklist").contains("Báo cáo tình hình sản xuất, kinh doanh 3 năm"),
                "the 3-year report is a line of the re-evaluation's checklist");
        browser.screenshots("product-re-evaluation");
    }
}
