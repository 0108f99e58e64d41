package dev.closeout.ui.desktop;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window of the app's own over the main one: owned by it, modal to it, centred on it at a size
 * of its own (never the few pixels a window manager gives a window it was told nothing about),
 * with a visible Close and closed by Escape. It never touches the main window's size.
 */
public final class OwnedWindow {

    /** The least room a window's words get: wide and tall enough that nothing in it is cut off. */
    private static final double LEAST_WIDTH = 520;
    private static final double LEAST_HEIGHT = 300;

    private final Stage stage = new Stage();

    /**
     * {@code content} scrolls if it outgrows the screen; {@code closeLabel} names the button that
     * closes the window ("Close", or "Done" once there is a result).
     */
    public OwnedWindow(Window owner, String title, Node content, Button close) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox footer = new HBox(close);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(10, 16, 14, 16));
        footer.getStyleClass().add("owned-window-footer");
        BorderPane root = new BorderPane(scroll);
        root.setBottom(footer);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // Escape closes it, whatever has the focus; a control that uses Escape itself (an open list) gets it first.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        placeOver(owner, root);
    }

    /** Its own size, from what it shows, within the screen; its place, the middle of the owner. */
    private void placeOver(Window owner, Parent root) {
        root.applyCss();
        Rectangle2D screen = owner == null ? Screen.getPrimary().getVisualBounds()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()).stream().findFirst()
                        .orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(screen.getWidth(), Math.max(LEAST_WIDTH, root.prefWidth(-1) + 24));
        double height = Math.min(screen.getHeight(), Math.max(LEAST_HEIGHT, root.prefHeight(width) + 40));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(width, LEAST_WIDTH));
        stage.setMinHeight(Math.min(height, LEAST_HEIGHT));
        double x = owner == null ? screen.getMinX() + (screen.getWidth() - width) / 2 : owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner == null ? screen.getMinY() + (screen.getHeight() - height) / 2 : owner.getY() + (owner.getHeight() - height) / 2;
        stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
    }

    /** Grows the window to show what its content has grown to, within the screen; it never shrinks under the person. */
    public void fitContent() {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double wanted = Math.min(screen.getHeight(), root.prefHeight(stage.getScene().getWidth()) + 40);
        if (wanted > stage.getHeight()) {
            stage.setHeight(wanted);
            stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - wanted)));
        }
    }

    /** Runs when the window closes, by its button, Escape or the window manager. */
    public void onClosed(Runnable then) {
        stage.setOnHidden(e -> then.run());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
