package dev.closeout.ui.account;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Keeps the page where it is while it works. A button pressed is disabled while the exchange
 * answers; the scene then moves the focus to the next control, and the scroll pane scrolls to
 * it, far down the page. Taking the focus to the page itself first leaves the view still.
 */
public final class KeepFocus {

    private KeepFocus() {
    }

    public static void onPage(Node page, ObservableValue<Boolean> busy) {
        busy.addListener((obs, was, now) -> {
            if (now && page.getScene() != null) {
                Node owner = page.getScene().getFocusOwner();
                for (Node n = owner; n != null; n = n.getParent()) {
                    if (n == page) {
                        page.requestFocus();
                        return;
                    }
                }
            }
        });
    }
}
