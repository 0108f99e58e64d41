package dev.closeout.ui;

import java.util.Optional;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/** Whether a person could see a node now, so a test waits for this before it clicks. */
public final class OnScreen {

    private OnScreen() {
    }

    /**
     * Visible itself, inside parts that are visible too, and laid out within the window: a part that has just been
     * shown has no size until the next layout pass, and a robot's click on it then finds nothing to click.
     */
    public static boolean shown(FxRobot robot, String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        for (Node n = node.orElse(null); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.filter(NodeQueryUtils.isVisible()).isPresent();
    }
}
