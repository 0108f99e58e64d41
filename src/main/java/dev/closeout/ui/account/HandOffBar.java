package dev.closeout.ui.account;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Above every page while the person is on the exchange's website: which page, and "I'm back — check again". */
public final class HandOffBar {

    private final HBox root;

    public HandOffBar(AccountState account, Messages messages) {
        HandOff handOff = account.handOff();
        Label where = Ui.text("");
        where.setId("hand-off-page");
        where.textProperty().bind(Bindings.createStringBinding(() -> handOff.awayProperty().get() == null ? ""
                : messages.get("ui.handOff.away", account.exchangeName(), handOff.awayProperty().get().toString()), handOff.awayProperty()));
        HBox.setHgrow(where, Priority.ALWAYS);
        Button back = new Button(messages.get("ui.handOff.back"), Ui.icon(Feather.REFRESH_CW));
        back.setId("hand-off-back");
        back.getStyleClass().add(Styles.ACCENT);
        back.disableProperty().bind(account.loadingProperty());
        back.setOnAction(e -> handOff.back());
        back.setMinWidth(Region.USE_PREF_SIZE);
        FontIcon away = Ui.icon(Feather.EXTERNAL_LINK);
        away.getStyleClass().add("hand-off-icon");
        root = new HBox(12, away, where, back);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("hand-off-bar");
        root.visibleProperty().bind(handOff.awayProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }
}
