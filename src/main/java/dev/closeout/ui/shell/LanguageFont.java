package dev.closeout.ui.shell;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The font the window's text is drawn in, for the language it is in. JavaFX on Linux fills in the characters its
 * font lacks only from fonts of the desktop's own language: on an English desktop, Closeout switched to Chinese
 * drew every Chinese character as a box. So in Chinese the window names a font that has them, the first of the
 * usual ones that is installed (they have "Ⓢ" too); in English it keeps the bundled symbols font, and only what is
 * written in Chinese (style class {@code in-zh}: the language's own name in Settings) takes that font.
 */
final class LanguageFont {

    /** Fonts with Simplified Chinese and "Ⓢ": Linux's usual ones, then Windows' and macOS' own. */
    private static final List<String> CHINESE = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "Microsoft YaHei", "PingFang SC");
    private static final String PREFIX = "data:text/css;base64,";

    private LanguageFont() {
    }

    /** The installed family that has Chinese, of those {@code installed}; empty where there is none. */
    static Optional<String> chinese(Collection<String> installed) {
        return CHINESE.stream().filter(installed::contains).findFirst();
    }

    /** Gives {@code scene} (and the dialogs that copy its stylesheets) the font of {@code language}. */
    static void apply(Scene scene, Locale language) {
        scene.getStylesheets().removeIf(sheet -> sheet.startsWith(PREFIX));
        chinese(Font.getFamilies()).ifPresent(family -> scene.getStylesheets().add(PREFIX + Base64.getEncoder()
                .encodeToString(stylesheet(family, language).getBytes(StandardCharsets.UTF_8))));
    }

    /** The rules for a window in {@code language}, where {@code family} is the installed font that has Chinese. */
    static String stylesheet(String family, Locale language) {
        String chinese = ".in-zh { -fx-font-family: '" + family + "'; }\n";
        return !language.getLanguage().equals(Locale.CHINESE.getLanguage()) ? chinese
                : chinese + ".root { -fx-font-family: '" + family + "'; }\n.axis { -fx-tick-label-font: 0.9em '" + family + "'; }\n";
    }
}
