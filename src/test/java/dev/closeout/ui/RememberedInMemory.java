package dev.closeout.ui;

import dev.closeout.ui.account.Remembered;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the app keeps between runs, kept in memory: a test reads it, or starts the window again on it. */
public final class RememberedInMemory implements Remembered {

    private final Map<String, String> kept = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(kept.get(key));
    }

    @Override
    public void put(String key, String value) {
        kept.put(key, value);
    }
}
