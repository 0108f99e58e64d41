package dev.closeout.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Chinese is drawn in a font that has it, wherever the desktop's own language is another. */
class LanguageFontTest {

    private static final String NOTO = "Noto Sans CJK SC";

    @Test
    void the_first_installed_font_with_chinese_is_the_one_named() {
        assertEquals(Optional.of(NOTO), LanguageFont.chinese(List.of("DejaVu Sans", NOTO, "WenQuanYi Micro Hei")));
        assertEquals(Optional.of("Microsoft YaHei"), LanguageFont.chinese(List.of("Segoe UI", "Microsoft YaHei")));
        assertTrue(LanguageFont.chinese(List.of("DejaVu Sans")).isEmpty(), "without one the window keeps its own font");
    }

    @Test
    void a_window_in_chinese_draws_every_page_and_the_charts_axes_in_it() {
        assertEquals(".in-zh { -fx-font-family: '" + NOTO + "'; }\n.root { -fx-font-family: '" + NOTO + "'; }\n"
                + ".axis { -fx-tick-label-font: 0.9em '" + NOTO + "'; }\n", LanguageFont.stylesheet(NOTO, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void a_window_in_english_draws_only_what_is_written_in_chinese_in_it() {
        assertEquals(".in-zh { -fx-font-family: '" + NOTO + "'; }\n", LanguageFont.stylesheet(NOTO, Locale.ENGLISH));
    }
}
