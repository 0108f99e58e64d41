package dev.closeout.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.closeout.ui.DemoUi;
import dev.closeout.ui.GatewayDouble;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over to the exchange's website and back: the account is read again once per return, never on a mere change of window. */
class HandOffTest {

    private static final URI PAGE = URI.create("https://www.binance.com/en/my/security");

    @TempDir
    Path dataDir;

    DemoUi ui;
    GatewayDouble gateway;
    HandOff handOff;

    @BeforeEach
    void open() throws Exception {
        ui = new DemoUi(dataDir, g -> gateway = new GatewayDouble(g), UiExecutors.direct());
        handOff = ui.account.handOff();
    }

    @Test
    void the_page_opens_in_the_browser_and_coming_back_to_the_window_reads_the_account_once() {
        handOff.open(PAGE);
        assertEquals(List.of(PAGE), ui.opened);
        assertEquals(PAGE, handOff.awayProperty().get());

        handOff.windowFocused(false);
        handOff.windowFocused(true);

        assertEquals(1, gateway.calls("snapshot"));
        assertNull(handOff.awayProperty().get());
        handOff.windowFocused(false);
        handOff.windowFocused(true);
        assertEquals(1, gateway.calls("snapshot"), "switching windows after the return asks the exchange nothing");
    }

    @Test
    void focus_that_never_left_the_window_is_no_return() {
        handOff.open(PAGE);

        handOff.windowFocused(true);

        assertEquals(0, gateway.calls("snapshot"));
        assertEquals(PAGE, handOff.awayProperty().get());
    }

    @Test
    void im_back_reads_the_account_at_once_and_the_focus_coming_back_later_does_not_read_it_again() {
        handOff.open(PAGE);
        handOff.windowFocused(false);

        handOff.back();
        handOff.windowFocused(true);

        assertEquals(1, gateway.calls("snapshot"));
        assertNull(handOff.awayProperty().get());
    }

    @Test
    void a_step_with_its_own_return_runs_it_instead_of_the_read() {
        AtomicInteger returned = new AtomicInteger();
        handOff.open(PAGE, returned::incrementAndGet);
        handOff.windowFocused(false);

        handOff.windowFocused(true);

        assertEquals(1, returned.get());
        assertEquals(0, gateway.calls("snapshot"));
    }
}
