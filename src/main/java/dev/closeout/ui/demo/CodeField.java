package dev.closeout.ui.demo;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * A code to read and copy: a read-only field, so the whole code shows and can be selected, and a
 * Copy button that puts it on the clipboard and says so for a moment.
 */
final class CodeField {

    private final TextField code = new TextField();
    private final HBox root;

    /** {@code id} names the field for tests and tours (null for none); {@code what} says whose code it is, for a screen reader. */
    CodeField(Messages messages, String id, String what) {
        code.setEditable(false);
        code.getStyleClass().add("inbox-code");
        code.setPrefColumnCount(7);
        code.setMinWidth(Region.USE_PREF_SIZE);
        code.setAccessibleText(what);
        if (id != null) {
            code.setId(id);
        }
        Button copy = new Button(messages.get("ui.demo.copy"), Ui.icon(Feather.COPY));
        copy.getStyleClass().add(Styles.SMALL);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setAccessibleText(messages.get("ui.demo.copy") + " " + what);
        copy.getStyleClass().add("inbox-copy");
        PauseTransition back = new PauseTransition(Duration.seconds(2));
        back.setOnFinished(e -> copy.setText(messages.get("ui.demo.copy")));
        copy.setOnAction(e -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, code.getText()));
            copy.setText(messages.get("ui.demo.copied"));
            back.playFromStart();
        });
        root = new HBox(6, code, copy);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    TextField code() {
        return code;
    }

    Node node() {
        return root;
    }
}
