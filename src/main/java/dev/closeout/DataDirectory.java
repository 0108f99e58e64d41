package dev.closeout;

import java.nio.file.Path;
import java.util.Locale;

/** Where Closeout keeps its files: the operating system's per-user data folder, unless {@code --data-dir} says otherwise. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path defaultLocation() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Closeout") : Path.of(home, "AppData", "Roaming", "Closeout");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Closeout");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "closeout") : Path.of(home, ".local", "share", "closeout");
    }

    /** Where the jar keeps the class-data archive of its start ({@code Relaunch}): the app's own files, not the account's. */
    public static Path startArchive(Path dataDir) {
        return dataDir.resolve("start");
    }

    /** The demo exchange's folder inside a data folder. */
    public static Path demoExchange(Path dataDir) {
        return dataDir.resolve("demo");
    }
}
