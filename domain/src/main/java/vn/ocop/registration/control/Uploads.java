package vn.ocop.registration.control;

import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ImageLimits;
import vn.ocop.shared.control.Sha256;
import vn.ocop.shared.control.VietnameseText;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rules for an uploaded file: not empty, at most {@value #MAX_MEGABYTES} MB, and a PDF, JPEG
 * or PNG by its content (its first bytes), whatever its name says; an image within the pixel limit of
 * {@link ImageLimits}, measured from its header before anything is decoded. Gives the checked file with its
 * media type and SHA-256, and a thumbnail of an image.
 */
public final class Uploads {

    public static final int MAX_MEGABYTES = 20;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    public static final int THUMBNAIL_PIXELS = 240;

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Uploads() {
    }

    /** A file that passed the checks. */
    public record Upload(String fileName, String mediaType, long size, String sha256, byte[] content) {

        public boolean image() {
            return !PDF.equals(mediaType);
        }
    }

    /**
     * Checks a file as uploaded. The name is kept for display only (its folder part dropped);
     * the type comes from the content.
     */
    public static Upload check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessException.onField("file", "registration.upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.onField("file", "registration.upload.tooLarge", MAX_MEGABYTES);
        }
        String mediaType = mediaType(content)
                .orElseThrow(() -> BusinessException.onField("file", "registration.upload.type"));
        if (!PDF.equals(mediaType)) {
            ImageLimits.check(content);
        }
        return new Upload(displayName(fileName, mediaType), mediaType, content.length, Sha256.hex(content), content);
    }

    /** PDF, JPEG or PNG by the first bytes; empty for anything else. */
    public static Optional<String> mediaType(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /**
     * A PNG at most {@value #THUMBNAIL_PIXELS} pixels on its longer side, or null when the image
     * cannot be read (the upload is still kept; the page shows a placeholder).
     */
    public static byte[] thumbnail(Upload upload) {
        if (!upload.image()) {
            return null;
        }
        try {
            BufferedImage image = ImageLimits.decodeSmall(upload.content(), THUMBNAIL_PIXELS);
            if (image == null) {
                return null;
            }
            double scale = Math.min(1.0, (double) THUMBNAIL_PIXELS / Math.max(image.getWidth(), image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, width, height, java.awt.Color.WHITE, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(small, "png", png);
            return png.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String displayName(String fileName, String mediaType) {
        String name = VietnameseText.normalise(fileName);
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }
        if (name == null || name.isBlank()) {
            name = switch (mediaType) {
                case PDF -> "document.pdf";
                case JPEG -> "image.jpg";
                default -> "image.png";
            };
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
