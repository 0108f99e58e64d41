package dev.closeout.ui.desktop;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialog, owned by the main window. */
public final class FxKeyFileChooser implements KeyFileChooser {

    private final Window owner;

    public FxKeyFileChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
