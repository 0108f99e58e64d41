package dev.closeout.ui.alternatives;

import atlantafx.base.theme.Styles;
import dev.closeout.ui.account.Result;
import dev.closeout.ui.account.Ui;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A list of short texts shown as lines, hidden while empty: what is held, what the exchange answered. */
public final class Lines {

    private Lines() {
    }

    /** Plain lines: muted for what is held, in full text for what the exchange said. */
    public static VBox of(ObservableList<String> texts, String id, boolean answers) {
        return box(texts, id, answers ? "answers" : "lines", t -> answers ? Ui.text(t) : Ui.muted(t));
    }

    /** The exchange's answers, each shown as done or refused by its outcome. */
    public static VBox results(ObservableList<Result> results, String id) {
        return box(results, id, "answers", Lines::answer);
    }

    /** One answer, shown as done or refused by its outcome. */
    public static Label answer(Result result) {
        Label label = Ui.text(result.text());
        style(label, result);
        return label;
    }

    /** The label shows the result's text, styled by its outcome; nothing while there is none. */
    public static void show(Label label, ObservableValue<Result> result) {
        label.textProperty().bind(Bindings.createStringBinding(() -> result.getValue() == null ? "" : result.getValue().text(), result));
        result.addListener((obs, old, now) -> style(label, now));
    }

    /** Done in green, refused in red, a note as it is; a label without a result loses both. */
    private static void style(Label label, Result result) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (result != null && result.outcome() != Result.Outcome.NOTE) {
            label.getStyleClass().add(result.accepted() ? Styles.SUCCESS : Styles.DANGER);
        }
    }

    private static <T> VBox box(ObservableList<T> items, String id, String styleClass, Function<T, Label> line) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getStyleClass().add(styleClass);
        Runnable render = () -> box.getChildren().setAll(items.stream().map(line).toList());
        items.addListener((ListChangeListener<T>) change -> render.run());
        render.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(items));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
