package vn.ocop.reports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A QR code (ZXing, error correction M, quiet zone of two modules) drawn as vector squares: it stays
 * sharp in the PDF at any print size. Each horizontal run of dark modules is one rectangle.
 */
final class QrCode extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

    private static final long serialVersionUID = 1L;
    private static final int QUIET_ZONE = 2;

    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    /** The QR code of a text, e.g. the verification address of a certificate. */
    static QrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y);
                }
            }
            return new QrCode(modules);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    /** Modules per side, quiet zone included. */
    int size() {
        return dark.length;
    }

    boolean isDark(int x, int y) {
        return dark[y][x];
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        int size = dark.length;
        double module = Math.min(area.getWidth(), area.getHeight()) / size;
        double left = area.getX() + (area.getWidth() - module * size) / 2;
        double top = area.getY() + (area.getHeight() - module * size) / 2;
        graphics.setColor(Color.WHITE);
        graphics.fill(new Rectangle2D.Double(left, top, module * size, module * size));
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!dark[y][x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && dark[y][x]) {
                    x++;
                }
                // A hair wider and taller than the module, so that no white seam shows between neighbours.
                graphics.fill(new Rectangle2D.Double(left + start * module, top + y * module, (x - start) * module + 0.05,
                        module + 0.05));
            }
        }
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new java.awt.Dimension(dark.length, dark.length);
    }
}
