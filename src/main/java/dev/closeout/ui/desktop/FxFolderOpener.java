package dev.closeout.ui.desktop;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Opens a folder as the desktop opens a link to it: in the file manager. */
public final class FxFolderOpener implements FolderOpener {

    private final HostServices host;

    public FxFolderOpener(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path folder) {
        host.showDocument(folder.toUri().toString());
    }
}
