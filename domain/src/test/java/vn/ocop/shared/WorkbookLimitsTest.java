package vn.ocop.shared;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.ProducerImport;
import vn.ocop.registration.control.ProducerImport.Reference;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.WorkbookLimits;
import vn.ocop.training.control.EnrolmentImport;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A workbook's entries and unpacked size are counted before it is parsed. */
class WorkbookLimitsTest {

    @Test
    void aSmallArchiveThatExpandsToHundredsOfMegabytesIsRefused() {
        byte[] bomb = CraftedFiles.zipExpandingTo(400);
        assertTrue(bomb.length < 2 * 1024 * 1024, "small as uploaded: " + bomb.length);
        BusinessException refused = assertThrows(BusinessException.class, () -> WorkbookLimits.check(bomb));
        assertEquals("registration.import.unpackedTooLarge", refused.messageKey());
        assertEquals("file", refused.field());
        assertEquals((long) WorkbookLimits.MAX_UNPACKED_MEGABYTES, refused.arguments()[0]);
    }

    @Test
    void theSizeIsCountedAsInflatedNotAsTheHeaderSaysAndStopsAtTheLimit() {
        byte[] archive = CraftedFiles.zipExpandingTo(3);
        WorkbookLimits.check(new ByteArrayInputStream(archive), 10, 3L * 1024 * 1024);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> WorkbookLimits.check(new ByteArrayInputStream(archive), 10, 3L * 1024 * 1024 - 1));
        assertEquals("registration.import.unpackedTooLarge", refused.messageKey());
    }

    @Test
    void tooManyEntriesAreRefused() {
        WorkbookLimits.check(CraftedFiles.zipWithEntries(WorkbookLimits.MAX_ENTRIES));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> WorkbookLimits.check(CraftedFiles.zipWithEntries(WorkbookLimits.MAX_ENTRIES + 1)));
        assertEquals("registration.import.tooManyParts", refused.messageKey());
        assertEquals(WorkbookLimits.MAX_ENTRIES, refused.arguments()[0]);
    }

    @Test
    void aBrokenArchiveIsNotAWorkbook() {
        assertEquals("registration.import.notXlsx",
                assertThrows(BusinessException.class, () -> WorkbookLimits.check(new byte[]{'P', 'K', 3, 4, 0})).messageKey());
    }

    @Test
    void bothImportsRefuseTheBombBeforeParsingIt() {
        byte[] bomb = CraftedFiles.zipExpandingTo(400);
        Reference producers = new Reference(List.of(), List.of(), codes -> Map.of(), null, LocalDate.of(2026, 3, 2),
                LocalDateTime.of(2026, 3, 2, 9, 0), "officer");
        assertEquals("registration.import.unpackedTooLarge",
                assertThrows(BusinessException.class, () -> ProducerImport.check(bomb, producers)).messageKey());
        assertEquals("registration.import.unpackedTooLarge", assertThrows(BusinessException.class,
                () -> EnrolmentImport.check(bomb, new EnrolmentImport.Reference(List.of(), Set.of(), 10, null))).messageKey());
    }
}
