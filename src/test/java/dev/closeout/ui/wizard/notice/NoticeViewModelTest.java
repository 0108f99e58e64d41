package dev.closeout.ui.wizard.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.i18n.Messages;
import dev.closeout.ui.wizard.notice.NoticeViewModel.Consequence;
import dev.closeout.ui.wizard.notice.NoticeViewModel.Reason;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Notice step: every consequence ticked before going on, and a pause offered to those who may want one. */
class NoticeViewModelTest {

    private Optional<Path> exportedTo = Optional.empty();
    private final NoticeViewModel notice = new NoticeViewModel(() -> exportedTo, Messages.forLocale(Locale.ENGLISH));

    @Test
    void the_step_says_whether_the_history_was_exported_and_where() {
        notice.entered();
        assertEquals("Not exported since Closeout was opened.", notice.exportedProperty().get());

        exportedTo = Optional.of(Path.of("/home/alex/tax/closeout-export-demo-20261202"));
        notice.entered();
        assertEquals("\u2713 Exported since Closeout was opened, to /home/alex/tax/closeout-export-demo-20261202.", notice.exportedProperty().get());
    }

    @Test
    void next_is_possible_only_once_every_consequence_is_ticked() {
        assertFalse(notice.validProperty().get(), "nothing ticked yet");
        Consequence[] all = Consequence.values();
        for (int i = 0; i < all.length; i++) {
            notice.tick(all[i]).set(true);
            assertEquals(i == all.length - 1, notice.validProperty().get(), "after ticking " + (i + 1) + " of " + all.length);
        }
    }

    @Test
    void unticking_any_one_consequence_stops_the_user_again() {
        for (Consequence c : Consequence.values()) {
            notice.tick(c).set(true);
        }
        for (Consequence c : Consequence.values()) {
            notice.tick(c).set(false);
            assertFalse(notice.validProperty().get(), () -> c + " unticked");
            notice.tick(c).set(true);
            assertTrue(notice.validProperty().get());
        }
    }

    @Test
    void the_step_never_waits_for_the_exchange() {
        assertFalse(notice.busyProperty().get());
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"TAKING_A_BREAK", "SECURITY_WORRY"})
    void a_break_or_a_security_worry_suggests_a_pause_instead(Reason reason) {
        notice.reasonProperty().set(reason);
        assertTrue(notice.suggestsPauseProperty().get());
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"TAKING_A_BREAK", "SECURITY_WORRY"}, mode = EnumSource.Mode.EXCLUDE)
    void other_reasons_do_not_suggest_a_pause(Reason reason) {
        notice.reasonProperty().set(reason);
        assertFalse(notice.suggestsPauseProperty().get());
    }

    @Test
    void no_reason_given_suggests_no_pause_and_changing_the_reason_updates_the_suggestion() {
        assertFalse(notice.suggestsPauseProperty().get());
        notice.reasonProperty().set(Reason.TAKING_A_BREAK);
        assertTrue(notice.suggestsPauseProperty().get());
        notice.reasonProperty().set(Reason.FEES);
        assertFalse(notice.suggestsPauseProperty().get());
    }
}
