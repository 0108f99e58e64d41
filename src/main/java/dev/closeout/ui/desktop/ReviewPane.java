package dev.closeout.ui.desktop;

import atlantafx.base.theme.Styles;
import dev.closeout.closure.Review;
import dev.closeout.ui.account.ReviewWording;
import dev.closeout.ui.account.ReviewWording.Row;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A review's content: its question, then each line, label beside value; the address in a fixed-width font. */
final class ReviewPane extends DialogPane {

    ReviewPane(ReviewWording wording, Review review) {
        setId("review");
        getStyleClass().add("review");
        setHeaderText(wording.title(review));
        Label question = new Label(wording.question(review));
        question.setId("review-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints(200, 460, 460);
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int line = 0;
        for (Row row : wording.rows(review)) {
            Label label = new Label(row.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(row.value());
            // Wrapped, never cut short: an address or a warning is read whole.
            value.setWrapText(true);
            value.setMaxWidth(460);
            value.setMinHeight(Region.USE_PREF_SIZE);
            switch (row.style()) {
                case ADDRESS -> {
                    value.getStyleClass().add("review-address");
                    value.setId("review-address");
                }
                case WARNING -> value.getStyleClass().add(Styles.WARNING);
                case DANGER -> value.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
                case PLAIN -> { }
            }
            grid.addRow(line++, label, value);
        }
        grid.setId("review-lines");
        VBox content = new VBox(12, question, grid);
        content.setPrefWidth(600);
        setContent(content);
    }
}
