package dev.closeout.ui.settings;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** "Connect a Binance account": the form, the key's permissions once connected, and the way back to the demo. */
public final class ConnectBinanceView {

    private final VBox root;

    public ConnectBinanceView(ConnectBinanceViewModel vm, Messages messages) {
        TextField apiKey = new TextField();
        apiKey.setId("binance-api-key");
        apiKey.textProperty().bindBidirectional(vm.apiKeyProperty());
        PasswordField secret = new PasswordField();
        secret.setId("binance-secret");
        secret.textProperty().bindBidirectional(vm.secretProperty());
        Button chooseFile = new Button(messages.get("ui.binance.chooseKeyFile"), Ui.icon(Feather.FILE));
        chooseFile.setId("binance-key-file");
        chooseFile.setOnAction(e -> vm.chooseKeyFile());
        Label fileName = new Label();
        fileName.textProperty().bind(vm.keyFileNameProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(6);
        field(form, 0, messages.get("ui.binance.apiKey"), apiKey, vm.apiKeyErrorProperty());
        field(form, 2, messages.get("ui.binance.secret"), secret, vm.signerErrorProperty());
        Label fileLabel = new Label(messages.get("ui.binance.keyFile"));
        fileLabel.getStyleClass().add(Styles.TEXT_MUTED);
        form.add(fileLabel, 0, 4);
        form.add(new HBox(8, chooseFile, fileName), 1, 4);
        CheckBox remember = new CheckBox(messages.get("ui.binance.remember"));
        remember.setId("binance-remember");
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.disableProperty().bind(vm.rememberOfferedProperty().not().or(vm.busyProperty()));
        form.add(remember, 1, 5);

        Button connect = new Button(messages.get("ui.binance.connect"), Ui.icon(Feather.LINK));
        connect.setId("binance-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(vm.busyProperty());
        connect.setOnAction(e -> vm.connect());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label connecting = Ui.muted("");
        connecting.textProperty().bind(vm.busyTextProperty());
        HBox working = new HBox(6, spinner, connecting);
        working.visibleProperty().bind(vm.busyProperty());
        working.managedProperty().bind(vm.busyProperty());

        Label error = Ui.text("");
        error.setId("binance-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        Label notice = Ui.text("");
        notice.setId("binance-notice");
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.textProperty().bind(vm.noticeProperty());
        Label whereKept = Ui.muted("");
        whereKept.setId("binance-where-kept");
        whereKept.textProperty().bind(vm.whereKeptProperty());

        Label connectedAs = Ui.text("");
        connectedAs.textProperty().bind(vm.connectedAsProperty());
        Label permissions = Ui.text("");
        permissions.setId("binance-permissions");
        permissions.textProperty().bind(vm.permissionsProperty());
        Label warning = Ui.text("");
        warning.getStyleClass().add(Styles.WARNING);
        warning.textProperty().bind(vm.withdrawWarningProperty());
        Button back = new Button(messages.get("ui.binance.backToDemo"), Ui.icon(Feather.ARROW_LEFT));
        back.setId("binance-back-to-demo");
        back.setOnAction(e -> vm.backToDemo());
        Label switches = Ui.text("");
        switches.setId("binance-switches");
        switches.getStyleClass().add(Styles.WARNING);
        switches.textProperty().bind(vm.switchesWantedProperty());
        switches.visibleProperty().bind(vm.switchesWantedProperty().isNotEmpty());
        switches.managedProperty().bind(switches.visibleProperty());
        VBox connected = new VBox(6, connectedAs, permissions, switches, warning, back);
        connected.visibleProperty().bind(vm.connectedProperty());
        connected.managedProperty().bind(vm.connectedProperty());

        root = new VBox(8, Ui.heading(messages.get("ui.binance.heading")), Ui.muted(messages.get("ui.binance.intro")),
                Ui.text(messages.get("ui.binance.hint")), whereKept, connected, remembered(vm, messages), form,
                new HBox(12, connect, working), error, notice);
        root.setId("connect-binance");
    }

    /** The key remembered in the keychain, when there is one: connect with it, or forget it. */
    private static Node remembered(ConnectBinanceViewModel vm, Messages messages) {
        Label which = Ui.text("");
        which.textProperty().bind(vm.rememberedKeyProperty());
        Button use = new Button(messages.get("ui.binance.connectRemembered"), Ui.icon(Feather.KEY));
        use.setId("binance-connect-remembered");
        use.getStyleClass().add(Styles.ACCENT);
        use.disableProperty().bind(vm.busyProperty());
        use.visibleProperty().bind(vm.connectedProperty().not());
        use.managedProperty().bind(use.visibleProperty());
        use.setOnAction(e -> vm.connectRemembered());
        Button forget = new Button(messages.get("ui.binance.forget"), Ui.icon(Feather.TRASH_2));
        forget.setId("binance-forget");
        forget.disableProperty().bind(vm.busyProperty());
        forget.setOnAction(e -> vm.forget());
        VBox box = new VBox(6, which, new HBox(8, use, forget));
        box.visibleProperty().bind(vm.hasRememberedProperty());
        box.managedProperty().bind(vm.hasRememberedProperty());
        return box;
    }

    private static void field(GridPane form, int row, String label, Node input, ObservableValue<String> problem) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        name.setLabelFor(input);
        Label inline = new Label();
        inline.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        inline.textProperty().bind(problem);
        form.add(name, 0, row);
        form.add(input, 1, row);
        form.add(inline, 1, row + 1);
    }

    public Node node() {
        return root;
    }
}
