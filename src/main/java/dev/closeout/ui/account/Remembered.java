package dev.closeout.ui.account;

import java.util.Optional;

/**
 * What the app keeps of where the person was (the page, the wizard's step, what they ticked),
 * across a change of language, which builds the window again, and a restart. Behind an interface:
 * the app keeps it in its settings file, tests in memory.
 */
public interface Remembered {

    Optional<String> get(String key);

    void put(String key, String value);
}
