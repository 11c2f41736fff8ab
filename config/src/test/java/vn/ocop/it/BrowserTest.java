package vn.ocop.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ocop.it.support.Browser;

/** A test class that drives the deployed portal's pages in Chromium, through the suite's {@link Browser}. */
abstract class BrowserTest extends ClientTest {

    @RegisterExtension
    static final Browser browser = new Browser();
}
