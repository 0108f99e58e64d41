package dev.closeout.ui.desktop;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a private-key file, behind an interface so the ViewModel never opens a window and tests can answer. */
@FunctionalInterface
public interface KeyFileChooser {

    /** The file the user picked; empty when they changed their mind. */
    Optional<Path> choose(String title);
}
