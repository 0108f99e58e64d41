package dev.closeout.ui.desktop;

import dev.closeout.ui.account.Remembered;
import javafx.application.HostServices;
import javafx.stage.Window;

/**
 * What the app asks of the desktop around it: a folder to write into, showing a folder in the
 * file manager, and opening the exchange's website in the browser.
 */
public record Desktop(FolderChooser folderChooser, FolderOpener folderOpener, Browser browser) {

    /**
     * The system's folder dialog over {@code owner}, its file manager, and the browser reached through the app's host
     * services; {@code remembered} keeps the folder last chosen for an export, for the next one.
     */
    public static Desktop of(Window owner, HostServices host, Remembered remembered) {
        return new Desktop(new FxFolderChooser(owner, remembered), new FxFolderOpener(), new FxBrowser(host));
    }
}
