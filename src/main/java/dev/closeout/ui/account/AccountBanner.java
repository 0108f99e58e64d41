package dev.closeout.ui.account;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Above every page: that the account is frozen, closing or closed. What changes by itself is told by the window's toasts. */
public final class AccountBanner {

    private final VBox root;

    public AccountBanner(AccountState account) {
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
        root = new VBox(statusLine);
    }

    public Node node() {
        return root;
    }
}
