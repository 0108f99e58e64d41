package dev.closeout.ui.desktop;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the system's file manager, behind an interface so tests see what would have opened. */
@FunctionalInterface
public interface FolderOpener {

    /** Asks the file manager to show the folder; fails when there is no file manager to ask, or it refused. */
    void open(Path folder) throws IOException;
}
