package dev.closeout.ui.account;

import dev.closeout.i18n.WordedException;
import dev.closeout.storage.FailureLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Failures nobody foresaw, in the app: each one's details go to a log in the data folder
 * ({@link FailureLog}: types, messages and code locations, never a secret), and one that nothing
 * caught is shown in the window as "something went wrong", naming that log. Installed once at
 * start-up as every thread's default handler, the FX thread's included.
 */
public final class Crashes {

    private static volatile Path dataDir;
    private static volatile Consumer<Optional<Path>> shown = log -> { };

    private Crashes() {
    }

    /** From now on, failures are logged in {@code folder} and shown by {@code show} (called on the FX thread by the caller's choice). */
    public static void install(Path folder, Consumer<Optional<Path>> show) {
        dataDir = folder;
        shown = show;
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught(thread.getName(), failure));
    }

    /** A failure no one caught: logged, then shown. */
    static void uncaught(String thread, Throwable failure) {
        Optional<Path> log = log("uncaught on thread " + thread, failure);
        try {
            shown.accept(log);
        } catch (RuntimeException e) {
            // The window may be gone (the app closing): the log is what is left.
        }
    }

    /**
     * Logs a failure that is not in the user's words (a worded one is the exchange or the export
     * explaining itself, not a fault); where the log is, if one was written.
     */
    static Optional<Path> log(String where, Throwable failure) {
        Path folder = dataDir;
        if (folder == null || failure instanceof WordedException) {
            return Optional.empty();
        }
        try {
            return Optional.of(FailureLog.write(folder, "Closeout " + where, failure, List.of()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
