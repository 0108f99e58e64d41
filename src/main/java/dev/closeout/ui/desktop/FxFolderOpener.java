package dev.closeout.ui.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a folder in the system's file manager, as the desktop's own opener does (xdg-open, open,
 * explorer), and fails when there is none: a desktop without a file manager is told, not left
 * waiting for a window that never comes. Runs off the FX thread: it waits for the opener's answer.
 */
public final class FxFolderOpener implements FolderOpener {

    /** How long xdg-open may take to hand the folder to a file manager before its silence counts as done. */
    private static final long ANSWER_SECONDS = 5;

    @Override
    public void open(Path folder) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("explorer", folder.toString())
                : os.contains("mac") ? List.of("open", folder.toString()) : List.of("xdg-open", folder.toString());
        Process opener = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // Explorer answers 1 even when it opened the folder; xdg-open and open answer 0 only when they did.
            if (!os.contains("win") && opener.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS) && opener.exitValue() != 0) {
                throw new IOException(command.get(0) + " answered " + opener.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
