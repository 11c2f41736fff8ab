package vn.ocop.shared.control;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Images are measured from their header before any pixel is decoded: a file of a few bytes can claim
 * 100,000 × 100,000 pixels, and decoding it would claim tens of gigabytes of memory. A JPEG or PNG of more
 * than {@value #MAX_MEGAPIXELS} megapixels is refused; a smaller one is decoded only subsampled to the size
 * asked for.
 */
public final class ImageLimits {

    public static final int MAX_MEGAPIXELS = 100;
    public static final long MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000L;

    private ImageLimits() {
    }

    /** Width and height as the image's header states them. */
    public record Size(int width, int height) {

        public long pixels() {
            return (long) width * height;
        }
    }

    /** The size the header states, read without decoding pixels; empty when no reader understands the header. */
    public static Optional<Size> size(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = reader(input);
            if (reader == null) {
                return Optional.empty();
            }
            try {
                reader.setInput(input, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Refuses (a broken rule about the field "file") an image whose header states more than the limit. */
    public static void check(byte[] content) {
        size(content).ifPresent(size -> {
            if (size.width() <= 0 || size.height() <= 0 || size.pixels() > MAX_PIXELS) {
                throw BusinessException.onField("file", "registration.upload.tooManyPixels", MAX_MEGAPIXELS);
            }
        });
    }

    /**
     * The image decoded at most about twice {@code longerSide} on its longer side (every n-th pixel), or null when
     * it cannot be read or is over the limit.
     */
    public static BufferedImage decodeSmall(byte[] content, int longerSide) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = reader(input);
            if (reader == null) {
                return null;
            }
            try {
                reader.setInput(input, true, true);
                Size size = new Size(reader.getWidth(0), reader.getHeight(0));
                if (size.width() <= 0 || size.height() <= 0 || size.pixels() > MAX_PIXELS) {
                    return null;
                }
                int step = Math.max(1, Math.max(size.width(), size.height()) / (2 * Math.max(1, longerSide)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static ImageReader reader(ImageInputStream input) {
        if (input == null) {
            return null;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        return readers.hasNext() ? readers.next() : null;
    }
}
