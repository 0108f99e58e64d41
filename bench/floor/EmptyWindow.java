import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Not part of the app: the floor for start-up (bench/startup.sh). An AtlantaFX Primer Light window
 * of the app's size with one Label and one Button, built on nothing but JavaFX and AtlantaFX, so it
 * runs as {@code java --module-path <javafx jars> --add-modules javafx.controls -cp <atlantafx jar>:<this>}.
 * It prints the marks the app's {@code --probe-startup} prints: the first frame after the JVM's start,
 * the wall clock then (which the script, holding the clock of the launch, subtracts from) and RSS.
 */
public final class EmptyWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new VBox(12, new Label("Closeout"), new Button("Next")), 1180, 780));
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The second pulse is the first after the frame that drew the window.
                if (++frames < 2) {
                    return;
                }
                stop();
                long epoch = System.currentTimeMillis();
                long sinceStart = epoch - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-frame-ms=" + sinceStart + " first-frame-epoch-ms=" + epoch + " rss-kb=" + rssKb());
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
