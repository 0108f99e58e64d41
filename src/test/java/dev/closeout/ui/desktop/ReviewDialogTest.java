package dev.closeout.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.closure.Review;
import dev.closeout.closure.Reviews;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app's dialogs as a person meets them: Cancel is the default, Enter never means yes, the address in a fixed-width font, the app's look. */
@ExtendWith(ApplicationExtension.class)
class ReviewDialogTest {

    private static final String ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(), 640, 480);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/closeout/ui/closeout.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        dialogs = new FxDialogService(stage, Messages.forLocale(Locale.ENGLISH));
    }

    private CompletableFuture<Boolean> show() {
        Review review = new Reviews(Snapshots.typical()).of(new AccountAction.Withdraw("BTC", "BTC", ADDRESS, new BigDecimal("0.0152")),
                Optional.of(new WithdrawalNetwork("BTC", "BTC", "Bitcoin", new BigDecimal("0.0002"), new BigDecimal("0.00003"),
                        Duration.ofMinutes(40)))).orElseThrow();
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.review(review)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void enter_on_a_review_means_no_because_cancel_is_the_default(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = show();

        Button cancel = robot.lookup("#review-cancel").queryAs(Button.class);
        Button confirm = robot.lookup("#review-confirm").queryAs(Button.class);
        assertTrue(cancel.isDefaultButton() && cancel.isCancelButton(), "Cancel answers both Enter and Escape");
        assertFalse(confirm.isDefaultButton(), "the confirm button is never the default");
        assertTrue(cancel.isFocused(), "the focus starts on Cancel");
        robot.type(KeyCode.ENTER);

        assertFalse(answer.get(5, TimeUnit.SECONDS), "Enter said no");
    }

    @Test
    void only_the_confirm_button_says_yes_and_the_address_is_grouped_in_a_fixed_width_font(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = show();

        Label address = robot.lookup("#review-address").queryAs(Label.class);
        assertEquals("bc1q ar0s rrr7 xfkv y5l6 43ly dnw9 re59 gtzz wf5m dq", address.getText());
        assertTrue(address.getFont().getFamily().toLowerCase(Locale.ROOT).contains("mono"), address.getFont()::toString);
        robot.clickOn("#review-confirm");

        assertTrue(answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void every_dialog_is_drawn_with_the_apps_stylesheet_its_font_with_the_circled_s_and_its_focus_ring(FxRobot robot) throws Exception {
        String css = Objects.requireNonNull(getClass().getResource("/dev/closeout/ui/closeout.css")).toExternalForm();
        for (Runnable ask : List.<Runnable>of(() -> dialogs.confirm("Reset the demo?", "Everything starts again.", "Reset"),
                () -> dialogs.inform("Done", "Nothing else to do."))) {
            Platform.runLater(ask);
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

            assertTrue(pane.getStylesheets().contains(css), pane.getStylesheets()::toString);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
