package dev.closeout.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/**
 * The demo inbox as a person reads it: each message's heading, its code and its mark, taken from
 * the text on screen (never from the demo's API), newest first. Opens the inbox when it is closed.
 */
public final class InboxOnScreen {

    /** One message as shown. */
    public record Shown(String heading, String code, String mark) {
    }

    private InboxOnScreen() {
    }

    public static List<Shown> read(FxRobot robot) {
        if (!robot.lookup(".demo-inbox").query().isVisible()) {
            robot.clickOn("#demo-inbox");
        }
        return robot.lookup(".inbox-message").queryAll().stream().map(InboxOnScreen::shown).toList();
    }

    /** The newest code sent to {@code channel} ("Email", "SMS") that is not used yet. */
    public static Optional<String> newestWaiting(FxRobot robot, String channel) {
        return read(robot).stream().filter(m -> m.heading().startsWith(channel) && m.mark().equals("Not used yet"))
                .findFirst().map(Shown::code);
    }

    /** The code the demo's authenticator app shows now, as the inbox shows it. */
    public static String authenticator(FxRobot robot) {
        return robot.lookup("#demo-authenticator-code").tryQuery().map(n -> ((TextField) n).getText()).orElse("");
    }

    private static Shown shown(Node message) {
        return new Shown(((Label) message.lookup(".inbox-heading")).getText(), ((TextField) message.lookup(".inbox-code")).getText(),
                ((Label) message.lookup(".inbox-mark")).getText());
    }
}
