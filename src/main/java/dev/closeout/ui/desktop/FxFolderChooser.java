package dev.closeout.ui.desktop;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The system's folder dialog, owned by the main window; it opens where the user last chose, or in the home folder. */
public final class FxFolderChooser implements FolderChooser {

    private final Window owner;
    private File last;

    public FxFolderChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        // Never the file dialog's "Recent", where a typed path goes nowhere: the last folder chosen, else the home folder.
        File home = new File(System.getProperty("user.home", "."));
        File start = last != null && last.isDirectory() ? last : home;
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            last = chosen;
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
