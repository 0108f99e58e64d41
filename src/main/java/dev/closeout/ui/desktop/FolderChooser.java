package dev.closeout.ui.desktop;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a folder, behind an interface so ViewModels never open a window and tests can answer. */
@FunctionalInterface
public interface FolderChooser {

    /** The folder the user picked; empty when they changed their mind. */
    Optional<Path> choose(String title);
}
