package dev.closeout.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/** An honest page for what arrives in a coming version, with the way to what works today. */
final class PlaceholderView {

    private final VBox root;

    PlaceholderView(String id, String title, String text, String goLabel, Runnable go) {
        Button button = new Button(goLabel);
        button.setOnAction(e -> go.run());
        root = Ui.page(Ui.title(title), Ui.text(text), button);
        root.setId(id);
    }

    Node node() {
        return root;
    }
}
