package dev.closeout.ui.shell;

import dev.closeout.storage.Preferences;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens: where it was left, if that is still on a screen, else centred on
 * the main screen at a size that suits it: most of a laptop's screen, a comfortable part of a large
 * one, never below the smallest window the pages are laid out for.
 */
final class WindowPlace {

    /** Past this, a wider window only spreads the pages' words further apart. */
    private static final double LARGEST_WIDTH = 1600;
    private static final double LARGEST_HEIGHT = 1040;

    private WindowPlace() {
    }

    static void apply(Stage stage, Preferences preferences) {
        stage.setMinWidth(MainWindow.MIN_WIDTH);
        stage.setMinHeight(MainWindow.MIN_HEIGHT);
        // GTK shows a window with a least size at that least size: once shown, it is given its own again.
        stage.setOnShown(e -> {
            double width = stage.getWidth();
            double height = stage.getHeight();
            Platform.runLater(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<Rectangle2D> saved = saved(preferences);
        if (saved.isPresent() && !Screen.getScreensForRectangle(saved.get()).isEmpty()) {
            Rectangle2D place = saved.get();
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
            stage.setWidth(Math.max(MainWindow.MIN_WIDTH, place.getWidth()));
            stage.setHeight(Math.max(MainWindow.MIN_HEIGHT, place.getHeight()));
            return;
        }
        double width = clamp(screen.getWidth() * 0.8, MainWindow.MIN_WIDTH, Math.min(LARGEST_WIDTH, screen.getWidth()));
        double height = clamp(screen.getHeight() * 0.88, MainWindow.MIN_HEIGHT, Math.min(LARGEST_HEIGHT, screen.getHeight()));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }

    /** Keeps the window's size and place for the next start; a maximised or minimised window keeps the last it had. */
    static void remember(Stage stage, Preferences preferences) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.put("window.width", String.valueOf(stage.getWidth()));
            preferences.put("window.height", String.valueOf(stage.getHeight()));
            preferences.put("window.x", String.valueOf(stage.getX()));
            preferences.put("window.y", String.valueOf(stage.getY()));
        }
    }

    private static Optional<Rectangle2D> saved(Preferences preferences) {
        Optional<Double> x = preferences.number("window.x");
        Optional<Double> y = preferences.number("window.y");
        Optional<Double> width = preferences.number("window.width");
        Optional<Double> height = preferences.number("window.height");
        if (x.isEmpty() || y.isEmpty() || width.isEmpty() || height.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(x.get(), y.get(), width.get(), height.get()));
    }

    private static double clamp(double value, double least, double most) {
        return Math.max(least, Math.min(most, value));
    }
}
