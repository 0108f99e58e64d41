package dev.closeout.ui.alternatives;

import atlantafx.base.theme.Styles;
import dev.closeout.ui.shell.Ui;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A list of short texts shown as lines, hidden while empty: what is held, what the exchange answered. */
final class Lines {

    private Lines() {
    }

    static VBox of(ObservableList<String> texts, String id, boolean answers) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getStyleClass().add(answers ? "answers" : "lines");
        Runnable render = () -> box.getChildren().setAll(texts.stream().map(t -> line(t, answers)).toList());
        texts.addListener((ListChangeListener<String>) change -> render.run());
        render.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(texts));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** An answer starting with ✓ is shown as done, with ✗ as refused. */
    static Label line(String text, boolean answer) {
        Label label = answer ? Ui.text(text) : Ui.muted(text);
        if (text.startsWith("\u2713")) {
            label.getStyleClass().add(Styles.SUCCESS);
        } else if (text.startsWith("\u2717")) {
            label.getStyleClass().add(Styles.DANGER);
        }
        return label;
    }
}
