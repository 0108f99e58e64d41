package dev.closeout.ui.wizard.settings;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The wizard's first step: the account about to be closed, as the exchange shows it. Which
 * account that is, and the app's language, are the app's settings, one link away.
 */
public final class SettingsView {

    private final VBox root;

    /** {@code toSettings} opens the app's settings, where another account is connected. */
    public SettingsView(SettingsViewModel vm, Messages messages, Runnable toSettings) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("facts");
        grid.setHgap(24);
        grid.setVgap(10);
        row(grid, 0, messages.get("ui.settings.exchange"), vm.exchangeProperty());
        row(grid, 1, messages.get("ui.settings.email"), vm.emailProperty());
        row(grid, 2, messages.get("ui.settings.phone"), vm.phoneProperty());
        row(grid, 3, messages.get("ui.settings.status"), vm.statusProperty());
        row(grid, 4, messages.get("ui.settings.kyc"), vm.kycProperty());
        row(grid, 5, messages.get("ui.settings.vip"), vm.vipProperty());
        row(grid, 6, messages.get("ui.settings.referral"), vm.referralProperty());
        row(grid, 7, messages.get("ui.settings.security"), vm.securityProperty());

        Label error = Ui.failureLine(vm.errorProperty());

        Hyperlink other = new Hyperlink(messages.get("ui.settings.otherAccount"), Ui.icon(Feather.SETTINGS));
        other.setId("settings-other-account");
        other.setOnAction(e -> toSettings.run());

        root = Ui.page(Ui.title(messages.get("ui.settings.title")), Ui.muted(messages.get("ui.settings.intro")), grid, error,
                Ui.muted(messages.get("ui.settings.closeIntro")), other);
        root.setId("step-settings");
    }

    private static void row(GridPane grid, int row, String label, ObservableValue<String> value) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        Label shown = new Label();
        shown.textProperty().bind(value);
        grid.add(name, 0, row);
        grid.add(shown, 1, row);
    }

    public Node node() {
        return root;
    }
}
