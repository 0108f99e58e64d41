package dev.closeout.ui.account;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The few building blocks every page uses, so pages read as what they show. */
public final class Ui {

    private Ui() {
    }

    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_2);
        label.setWrapText(true);
        return label;
    }

    public static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        label.setWrapText(true);
        return label;
    }

    public static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public static Label muted(String text) {
        Label label = text(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** What went wrong, in red where it happened; it takes no room while there is nothing to say. */
    public static Label failureLine(ObservableValue<String> text) {
        Label label = text("");
        label.getStyleClass().add(Styles.DANGER);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    public static FontIcon icon(Feather feather) {
        return new FontIcon(feather);
    }

    /** A button that opens a page of the exchange's website: the link icon says it leaves the app. */
    public static Button opens(String text, String id, Runnable go) {
        Button button = new Button(text, icon(Feather.EXTERNAL_LINK));
        button.setId(id);
        button.setOnAction(e -> go.run());
        return button;
    }

    /** A box for a step the exchange has done on its website: what happens there, and the buttons that go. */
    public static VBox handOff(String id, Node... children) {
        VBox box = new VBox(children);
        box.setId(id);
        box.getStyleClass().add("hand-off");
        return box;
    }

    /** A page in its scroll pane, its column centred in a wide window. */
    public static ScrollPane scroll(Node page) {
        ScrollPane scroll = new ScrollPane(centred(page));
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** A column centred in the room it is given: a large window's room goes to both sides, not all to the right. */
    public static Node centred(Node column) {
        StackPane room = new StackPane(column);
        StackPane.setAlignment(column, Pos.TOP_CENTER);
        room.getStyleClass().add("centred");
        return room;
    }

    /** A page's column: padded, spaced, as wide as the window allows. */
    public static VBox page(Node... children) {
        VBox page = new VBox(14, children);
        page.getStyleClass().add("page");
        return page;
    }
}
