package vn.ocop.shared;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.control.Sha256;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hash kept with uploaded and issued files, against the published test vectors (FIPS 180-2). */
class Sha256Test {

    @Test
    void theHashOfBytesIsSixtyFourLowerCaseHexDigits() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
    }
}
