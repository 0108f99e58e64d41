package dev.closeout.ui.desktop;

import java.nio.file.Path;

/** Shows a folder in the system's file manager, behind an interface so tests see what would have opened. */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder);
}
