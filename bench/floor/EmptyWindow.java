import atlantafx.base.theme.PrimerLight;
import dev.closeout.ui.shell.StartupProbe;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Not part of the app: the floor for start-up (bench/startup.sh). An AtlantaFX Primer Light window
 * of the app's size (its width and height in pixels are the arguments: the size the app's window
 * opened at; 1180 × 780 without them) with one Label and one Button, built on nothing but JavaFX and AtlantaFX, so it
 * runs as {@code java --module-path <javafx jars> --add-modules javafx.controls -cp <atlantafx jar>:<this>}.
 * It prints its first frame with the app's own {@link StartupProbe}, compiled beside it (it needs only
 * JavaFX and the JDK): the same marks, taken the same way.
 */
public final class EmptyWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<String> size = getParameters().getRaw();
        double width = size.size() == 2 ? Double.parseDouble(size.get(0)) : 1180;
        double height = size.size() == 2 ? Double.parseDouble(size.get(1)) : 780;
        stage.setScene(new Scene(new VBox(12, new Label("Closeout"), new Button("Next")), width, height));
        stage.show();
        StartupProbe.afterNextFrame(() -> {
            StartupProbe.firstFrame();
            Platform.exit();
        });
    }
}
