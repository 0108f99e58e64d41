package dev.closeout.ui.desktop;

import dev.closeout.ui.account.Remembered;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The system's folder dialog, owned by the main window; it opens where the user last chose, kept across a
 * restart, or in the home folder.
 */
public final class FxFolderChooser implements FolderChooser {

    static final String LAST = "export.folder";

    private final Window owner;
    private final Remembered remembered;

    public FxFolderChooser(Window owner, Remembered remembered) {
        this.owner = owner;
        this.remembered = remembered;
    }

    @Override
    public Optional<Path> choose(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        // Never the file dialog's "Recent", where a typed path goes nowhere: the last folder chosen, else the home folder.
        File start = startIn(remembered, new File(System.getProperty("user.home", ".")));
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            remembered.put(LAST, chosen.getAbsolutePath());
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** The folder last chosen while it is still there, else {@code home}. */
    static File startIn(Remembered remembered, File home) {
        return remembered.get(LAST).map(File::new).filter(File::isDirectory).orElse(home);
    }
}
