package dev.closeout.ui.account;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Above every page: that the account is frozen, closing or closed; and what changed by itself, until put away. */
public final class AccountBanner {

    private final VBox root;

    public AccountBanner(AccountState account, Messages messages) {
        AccountNews news = new AccountNews(account);
        Label status = Ui.text("");
        status.setId("account-banner-status");
        status.setGraphic(Ui.icon(Feather.LOCK));
        status.setWrapText(true);
        status.textProperty().bind(news.statusProperty());
        HBox statusLine = new HBox(status);
        statusLine.getStyleClass().addAll("account-banner", "account-banner-status");
        statusLine.visibleProperty().bind(news.statusProperty().isNotEmpty());
        statusLine.managedProperty().bind(statusLine.visibleProperty());

        Label changed = Ui.text("");
        changed.setId("account-banner-changed");
        changed.setWrapText(true);
        changed.textProperty().bind(news.changedProperty());
        HBox.setHgrow(changed, Priority.ALWAYS);
        Button ok = new Button(messages.get("ui.news.putAway"));
        ok.setId("account-banner-put-away");
        ok.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        ok.setOnAction(e -> news.putAway());
        ok.setMinWidth(Region.USE_PREF_SIZE);
        HBox changedLine = new HBox(10, Ui.icon(Feather.INFO), changed, ok);
        changedLine.setAlignment(Pos.CENTER_LEFT);
        changedLine.getStyleClass().add("account-banner");
        changedLine.visibleProperty().bind(news.changedProperty().isNotEmpty());
        changedLine.managedProperty().bind(changedLine.visibleProperty());
        root = new VBox(statusLine, changedLine);
    }

    public Node node() {
        return root;
    }
}
