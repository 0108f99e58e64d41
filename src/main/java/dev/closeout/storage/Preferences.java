package dev.closeout.storage;

import dev.closeout.storage.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between runs (window size and position, theme, language, whether a
 * key is in the system keychain — never the key), in
 * {@code settings.properties} in the data folder. Written atomically; an unreadable file is
 * moved aside and the defaults used.
 */
public final class Preferences {

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    public static Preferences load(Path dataDir) {
        Preferences preferences = new Preferences(dataDir.resolve("settings.properties"));
        if (Files.exists(preferences.file)) {
            try (InputStream in = Files.newInputStream(preferences.file)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                preferences.values.clear();
                try {
                    Files.move(preferences.file, preferences.file.resolveSibling("settings.properties.unreadable"),
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException ignored) {
                    // Defaults still apply; the next save replaces the file.
                }
            }
        }
        return preferences;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public Optional<Double> number(String key) {
        try {
            return get(key).map(Double::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    public void remove(String key) {
        values.remove(key);
    }

    /**
     * Saves atomically; a failure leaves the old file. Synchronized: the FX thread saves the
     * window and theme, the keychain's thread the note that a key is remembered.
     */
    public synchronized void save() throws IOException {
        // Stored as bytes, so Properties escapes what Latin-1 lacks ("…"), as load() expects.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        values.store(bytes, "Closeout settings");
        AtomicFile.write(file, bytes.toByteArray());
    }
}
