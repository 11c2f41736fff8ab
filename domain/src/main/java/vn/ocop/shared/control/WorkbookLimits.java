package vn.ocop.shared.control;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An .xlsx workbook is a zip archive, and a small archive can unpack to gigabytes. Before a workbook is parsed
 * its entries are walked and really inflated (the sizes its headers state are not trusted), counting the bytes,
 * and it is refused as soon as it holds more than {@value #MAX_ENTRIES} entries or unpacks to more than
 * {@value #MAX_UNPACKED_MEGABYTES} MB in all. Nothing is kept: the check needs one small buffer.
 */
public final class WorkbookLimits {

    public static final int MAX_ENTRIES = 1_000;
    public static final int MAX_UNPACKED_MEGABYTES = 50;
    public static final long MAX_UNPACKED_BYTES = MAX_UNPACKED_MEGABYTES * 1024L * 1024L;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /**
     * The largest part (a sheet, the shared strings) that POI unpacks: far above what 5,000 rows
     * take (a few MB), far below what would exhaust the memory when a small file unpacks to a huge
     * one (POI also refuses parts that unpack more than a hundredfold).
     */
    private static final long MAX_UNZIPPED_PART = 20L * 1024 * 1024;

    private WorkbookLimits() {
    }

    /**
     * Opens an uploaded workbook of at most {@code maxMegabytes}, after {@link #check(byte[])}; an empty file, a larger
     * one or one that is not an .xlsx workbook is a broken rule about the field "file".
     */
    public static XSSFWorkbook open(byte[] content, int maxMegabytes) {
        if (content == null || content.length == 0) {
            throw BusinessException.onField("file", "registration.upload.empty");
        }
        if (content.length > maxMegabytes * 1024L * 1024L) {
            throw BusinessException.onField("file", "registration.upload.tooLarge", maxMegabytes);
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content.length <= i || content[i] != ZIP_MAGIC[i]) {
                throw BusinessException.onField("file", "registration.import.notXlsx");
            }
        }
        check(content);
        if (ZipSecureFile.getMaxEntrySize() > MAX_UNZIPPED_PART) {
            ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_PART);
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw BusinessException.onField("file", "registration.import.notXlsx");
        }
    }

    /** Checks an uploaded workbook with the portal's limits; a broken rule about the field "file". */
    public static void check(byte[] content) {
        check(new ByteArrayInputStream(content), MAX_ENTRIES, MAX_UNPACKED_BYTES);
    }

    /**
     * Walks the archive read from {@code in} (not closed), refusing it with more than {@code maxEntries} entries or
     * more than {@code maxUnpackedBytes} unpacked; an unreadable archive is not a workbook.
     */
    public static void check(InputStream in, int maxEntries, long maxUnpackedBytes) {
        ZipInputStream zip = new ZipInputStream(in);
        byte[] buffer = new byte[8192];
        long unpacked = 0;
        int entries = 0;
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw BusinessException.onField("file", "registration.import.tooManyParts", maxEntries);
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > maxUnpackedBytes) {
                        throw BusinessException.onField("file", "registration.import.unpackedTooLarge",
                                Math.max(1, maxUnpackedBytes / (1024 * 1024)));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw BusinessException.onField("file", "registration.import.notXlsx");
        }
        if (entries == 0) {
            throw BusinessException.onField("file", "registration.import.notXlsx");
        }
    }
}
