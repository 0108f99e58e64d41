package dev.closeout.ui.desktop;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * What every dialog of the app is: owned by the main window, and drawn with its stylesheet. A
 * dialog is a scene of its own, which without it would lose the app's rules: the font that has
 * "Ⓢ", the keyboard's focus ring, the address's fixed-width font.
 */
public final class AppDialogs {

    private AppDialogs() {
    }

    public static void own(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }
}
