package dev.closeout.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.ui.RememberedInMemory;
import dev.closeout.ui.account.Remembered;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The next export's folder dialog opens where the last one was written, after a restart too. */
class FxFolderChooserTest {

    @TempDir
    Path temp;

    private final Remembered remembered = new RememberedInMemory();

    @Test
    void the_dialog_opens_in_the_folder_last_chosen_and_in_the_home_folder_once_that_is_gone() throws Exception {
        File home = temp.toFile();
        assertEquals(home, FxFolderChooser.startIn(remembered, home), "nothing chosen yet");

        Path exports = Files.createDirectory(temp.resolve("tax 2026"));
        remembered.put(FxFolderChooser.LAST, exports.toString());
        assertEquals(exports.toFile(), FxFolderChooser.startIn(remembered, home));

        Files.delete(exports);
        assertEquals(home, FxFolderChooser.startIn(remembered, home), "a folder since removed is not offered");
    }
}
