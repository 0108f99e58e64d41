package dev.closeout.bench;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Not a test: the yardstick for start-up. An empty AtlantaFX window of the app's size, measured
 * the way the app's {@code --probe-startup} measures itself: first frame after JVM start, and RSS.
 */
public final class EmptyWindow {

    /** The launcher refuses a main class that is an Application when JavaFX is on the class path, hence the nested one. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {


    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 1180, 780));
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("first-frame-ms=" + Duration.between(started, Instant.now()).toMillis() + " rss-kb=" + rssKb());
                Platform.exit();
            }
        }.start();
    }

    private static long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
    }
}
