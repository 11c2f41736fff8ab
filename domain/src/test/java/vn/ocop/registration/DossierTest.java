package vn.ocop.registration;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.DossierChecklist;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Sha256;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DossierTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void mandatoryItemsDependOnTheCriteriaSet() {
        DossierChecklist under148 = DossierChecklist.of("148/QĐ-TTg", false, 5, List.of());
        assertEquals(List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT), under148.missing());
        DossierChecklist under1048 = DossierChecklist.of("1048/QĐ-TTg", false, 5, List.of());
        assertEquals(List.of(DossierItem.REGISTRATION_FORM, DossierItem.BUSINESS_PLAN,
                DossierItem.ORGANISATION_DESCRIPTION, DossierItem.BUSINESS_REGISTRATION), under1048.missing());
        assertFalse(under148.lines().stream().anyMatch(l -> l.item() == DossierItem.PHOTO), "photos are not a checklist line");
    }

    @Test
    void completenessCountsMandatoryItemsAndSamplesOnly() {
        DossierChecklist empty = DossierChecklist.of("148/QĐ-TTg", false, null, List.of(DossierItem.TEST_REPORT));
        assertEquals(0, empty.percent(), "supporting evidence does not count");
        assertEquals(3, empty.mandatoryCount(), "two items and the samples");
        assertTrue(empty.samplesMissing());

        DossierChecklist twoOfThree = DossierChecklist.of("148/QĐ-TTg", false, 4,
                List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT, DossierItem.SELF_ASSESSMENT));
        assertEquals(66, twoOfThree.percent(), "rounded down: 100 only when complete");
        assertFalse(twoOfThree.complete());
        assertEquals(2, twoOfThree.lines().stream().filter(l -> l.item() == DossierItem.SELF_ASSESSMENT)
                .findFirst().orElseThrow().documents());

        DossierChecklist done = DossierChecklist.of("148/QĐ-TTg", false, 5,
                List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT));
        assertEquals(100, done.percent());
        assertTrue(done.complete());
    }

    @Test
    void servicesSendNoSamples() {
        DossierChecklist tourism = DossierChecklist.of("148/QĐ-TTg", true, null,
                List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT));
        assertTrue(tourism.complete());
        assertEquals(2, tourism.mandatoryCount());
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws IOException {
        assertEquals(Uploads.PDF, Uploads.check("giay-phep.pdf", PDF).mediaType());
        assertEquals(Uploads.PNG, Uploads.check("anh.pdf", png(10, 10)).mediaType(), "a PNG named .pdf is a PNG");
        BusinessException renamed = assertThrows(BusinessException.class,
                () -> Uploads.check("bao-cao.pdf", "PK\u0003\u0004 a zip file".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("registration.upload.type", renamed.messageKey());
        assertEquals("file", renamed.field());
    }

    @Test
    void emptyAndOversizeFilesAreRefused() {
        assertEquals("registration.upload.empty", assertThrows(BusinessException.class,
                () -> Uploads.check("a.pdf", new byte[0])).messageKey());
        byte[] big = new byte[(int) Uploads.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        BusinessException tooLarge = assertThrows(BusinessException.class, () -> Uploads.check("lon.pdf", big));
        assertEquals("registration.upload.tooLarge", tooLarge.messageKey());
        assertEquals(20, tooLarge.arguments()[0]);
        byte[] limit = new byte[(int) Uploads.MAX_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertEquals(Uploads.MAX_BYTES, Uploads.check("vua.pdf", limit).size(), "exactly 20 MB is accepted");
    }

    @Test
    void theNameKeepsItsVietnameseAndLosesItsFolder() {
        Uploads.Upload upload = Uploads.check("C:\\Hồ sơ\\Phiếu đăng ký.pdf", PDF);
        assertEquals("Phiếu đăng ký.pdf", upload.fileName());
        assertEquals(64, upload.sha256().length());
        assertEquals(Sha256.hex(PDF), upload.sha256());
    }

    @Test
    void imagesGetASmallThumbnailAndPdfsNone() throws IOException {
        byte[] thumbnail = Uploads.thumbnail(Uploads.check("anh.png", png(1200, 600)));
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertEquals(Uploads.THUMBNAIL_PIXELS, small.getWidth());
        assertEquals(Uploads.THUMBNAIL_PIXELS / 2, small.getHeight());
        assertNull(Uploads.thumbnail(Uploads.check("a.pdf", PDF)));
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
