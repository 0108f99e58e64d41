package dev.closeout.ui.desktop;

import atlantafx.base.theme.Styles;
import dev.closeout.closure.Checklist;
import dev.closeout.closure.Checklist.Line;
import dev.closeout.ui.account.ChecklistWording;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * What a bulk run would do, a tick per line with what it costs or gives beneath it. A line that cannot run now (filed
 * already) has no tick to give; the person unticks what they do not want.
 */
final class ChecklistPane extends DialogPane {

    private final List<CheckBox> ticks = new ArrayList<>();
    private final List<Line> lines;

    ChecklistPane(ChecklistWording wording, Checklist checklist, String title, String intro) {
        this.lines = checklist.lines();
        setId("checklist");
        getStyleClass().add("review");
        setHeaderText(title);
        VBox list = new VBox(10);
        int n = 0;
        for (Line line : lines) {
            CheckBox tick = new CheckBox(wording.what(line));
            tick.setId("checklist-line-" + n++);
            tick.setWrapText(true);
            tick.setSelected(line.ticked());
            tick.setDisable(!line.note().runnable());
            Label effect = new Label(wording.effect(line));
            effect.setWrapText(true);
            effect.getStyleClass().add(Styles.TEXT_MUTED);
            effect.setPadding(new Insets(0, 0, 0, 26));
            ticks.add(tick);
            list.getChildren().add(new VBox(2, tick, effect));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 46.0 * lines.size()));
        Label explain = new Label(intro);
        explain.setWrapText(true);
        VBox content = new VBox(12, explain, scroll);
        content.setPrefWidth(620);
        setContent(content);
    }

    /** The lines still ticked, in order. */
    List<Line> ticked() {
        List<Line> ticked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (ticks.get(i).isSelected() && !ticks.get(i).isDisabled()) {
                ticked.add(lines.get(i));
            }
        }
        return ticked;
    }
}
