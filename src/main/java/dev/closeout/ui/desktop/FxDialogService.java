package dev.closeout.ui.desktop;

import dev.closeout.closure.Checklist;
import dev.closeout.closure.Review;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.ChecklistWording;
import dev.closeout.ui.account.ReviewWording;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Asks with a JavaFX dialog, owned by the main window. On every question that moves money or
 * cannot be undone, Cancel is the default and the cancel button: Enter and Escape both mean no,
 * and only a click or Space on the confirm button means yes.
 */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Messages messages;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, cancel());
        AppDialogs.own(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Button no = cancelByDefault(alert.getDialogPane(), yes);
        alert.setOnShown(e -> no.requestFocus());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean review(Review review) {
        ReviewWording wording = new ReviewWording(messages);
        ButtonType yes = new ButtonType(wording.confirmLabel(review), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(wording.title(review));
        dialog.setDialogPane(new ReviewPane(wording, review));
        AppDialogs.own(dialog, owner);
        dialog.getDialogPane().getButtonTypes().addAll(yes, cancel());
        Button no = cancelByDefault(dialog.getDialogPane(), yes);
        dialog.setOnShown(e -> no.requestFocus());
        return dialog.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<List<Checklist.Line>> choose(Checklist checklist) {
        ButtonType run = new ButtonType(messages.get("ui.checklist.run"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("ui.checklist.title"));
        ChecklistPane pane = new ChecklistPane(new ChecklistWording(messages), checklist, messages.get("ui.checklist.title"),
                messages.get("ui.checklist.intro"));
        dialog.setDialogPane(pane);
        AppDialogs.own(dialog, owner);
        dialog.getDialogPane().getButtonTypes().addAll(run, cancel());
        Button no = cancelByDefault(dialog.getDialogPane(), run);
        dialog.getDialogPane().lookupButton(run).setId("checklist-run");
        dialog.setOnShown(e -> no.requestFocus());
        return dialog.showAndWait().filter(run::equals).map(yes -> pane.ticked());
    }

    private ButtonType cancel() {
        return new ButtonType(messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Enter presses the default button, so Cancel is it (and the cancel button, for Escape); the confirm button is neither. */
    private static Button cancelByDefault(DialogPane pane, ButtonType yes) {
        Button confirm = (Button) pane.lookupButton(yes);
        confirm.setDefaultButton(false);
        confirm.setId("review-confirm");
        Button no = (Button) pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().map(pane::lookupButton).orElseThrow();
        no.setDefaultButton(true);
        no.setCancelButton(true);
        no.setId("review-cancel");
        return no;
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        AppDialogs.own(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
