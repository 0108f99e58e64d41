package dev.closeout.ui.shell;

import javafx.application.HostServices;
import javafx.stage.Window;

/** What the app asks of the desktop around it: a folder to write into, and showing a folder in the file manager. */
public record Desktop(FolderChooser folderChooser, FolderOpener folderOpener) {

    /** The system's folder dialog over {@code owner}, and the file manager reached through the app's host services. */
    public static Desktop of(Window owner, HostServices host) {
        return new Desktop(new FxFolderChooser(owner), new FxFolderOpener(host));
    }
}
