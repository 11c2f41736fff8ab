package vn.ocop.shared;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.Uploads;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ImageLimits;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An image is measured from its header before it is decoded. */
class ImageLimitsTest {

    @Test
    void theSizeComesFromTheHeaderWithoutPixels() {
        byte[] liar = CraftedFiles.pngClaiming(100_000, 100_000);
        assertTrue(liar.length < 100, "a few dozen bytes: " + liar.length);
        assertEquals(new ImageLimits.Size(100_000, 100_000), ImageLimits.size(liar).orElseThrow());
    }

    @Test
    void anImageClaimingTenGigapixelsIsRefusedBeforeDecoding() {
        byte[] liar = CraftedFiles.pngClaiming(100_000, 100_000);
        BusinessException refused = assertThrows(BusinessException.class, () -> ImageLimits.check(liar));
        assertEquals("registration.upload.tooManyPixels", refused.messageKey());
        assertEquals("file", refused.field());
        assertEquals(ImageLimits.MAX_MEGAPIXELS, refused.arguments()[0]);
        BusinessException upload = assertThrows(BusinessException.class, () -> Uploads.check("anh.png", liar));
        assertEquals("registration.upload.tooManyPixels", upload.messageKey(), "the dossier and support uploads refuse it");
        assertNull(ImageLimits.decodeSmall(liar, 240), "never decoded");
    }

    @Test
    void theLimitItselfIsAcceptedAndOnePixelMoreIsNot() {
        ImageLimits.check(CraftedFiles.pngClaiming(10_000, 10_000));
        assertThrows(BusinessException.class, () -> ImageLimits.check(CraftedFiles.pngClaiming(10_000, 10_001)));
        assertThrows(BusinessException.class, () -> ImageLimits.check(CraftedFiles.pngClaiming(Integer.MAX_VALUE, 2)),
                "no overflow of width × height");
    }

    @Test
    void aRealPhotoPassesAndIsDecodedSubsampled() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        byte[] jpeg = out.toByteArray();
        ImageLimits.check(jpeg);
        assertEquals(new ImageLimits.Size(2000, 1000), ImageLimits.size(jpeg).orElseThrow());
        BufferedImage small = ImageLimits.decodeSmall(jpeg, 240);
        assertNotNull(small);
        assertEquals(500, small.getWidth(), "every 4th pixel: at most about twice the thumbnail");
        assertEquals(Uploads.JPEG, Uploads.check("anh.jpg", jpeg).mediaType());
        assertNotNull(Uploads.thumbnail(Uploads.check("anh.jpg", jpeg)));
    }

    @Test
    void aFileNoReaderUnderstandsHasNoSize() {
        assertTrue(ImageLimits.size(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2}).isEmpty());
        assertTrue(ImageLimits.size(new byte[0]).isEmpty());
    }
}
