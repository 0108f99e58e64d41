package dev.closeout.ui.withdrawal;

import atlantafx.base.theme.Styles;
import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.desktop.AppDialogs;
import dev.closeout.ui.account.Ui;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The withdrawal form: network, address and its check, the amount where it is typed, the fee
 * and what arrives. Inline in a row of "withdraw everything", and in a dialog on Eligibility.
 */
public final class WithdrawalFormView {

    private final GridPane grid = new GridPane();
    private final VBox below;

    /** Controls are named {@code withdraw-network}{@code idSuffix} and the like; the amount has a field only where it is typed. */
    public WithdrawalFormView(WithdrawalFormViewModel form, Messages messages, String idSuffix, boolean amountTyped) {
        ComboBox<WithdrawalNetwork> network = new ComboBox<>();
        network.setId("withdraw-network" + idSuffix);
        network.getItems().setAll(form.networks());
        network.setConverter(new StringConverter<>() {
            @Override
            public String toString(WithdrawalNetwork n) {
                return n == null ? "" : messages.get("ui.withdraw.networkChoice", n.name(), n.minimum().toPlainString(),
                        n.fee().toPlainString(), n.asset());
            }

            @Override
            public WithdrawalNetwork fromString(String text) {
                return null;
            }
        });
        network.valueProperty().bindBidirectional(form.networkProperty());
        network.setPromptText(messages.get("ui.withdraw.networkPrompt"));
        Label mustMatch = Ui.muted("");
        mustMatch.setId("withdraw-network-warning" + idSuffix);
        mustMatch.getStyleClass().add(Styles.WARNING);
        mustMatch.setWrapText(true);
        mustMatch.textProperty().bind(form.networkWarningProperty());
        mustMatch.visibleProperty().bind(form.networkWarningProperty().isNotEmpty());
        mustMatch.managedProperty().bind(mustMatch.visibleProperty());
        TextField address = new TextField();
        address.setId("withdraw-address" + idSuffix);
        address.setPromptText(messages.get("ui.alternatives.withdraw.addressPrompt"));
        address.setPrefColumnCount(34);
        address.textProperty().bindBidirectional(form.addressProperty());
        Label check = Ui.muted("");
        check.setId("withdraw-check" + idSuffix);
        check.textProperty().bind(form.addressCheckProperty());
        form.addressOkProperty().addListener((obs, old, ok) -> style(check, ok));
        style(check, form.addressOkProperty().get());
        check.visibleProperty().bind(form.addressCheckProperty().isNotEmpty());
        check.managedProperty().bind(check.visibleProperty());
        Label fee = Ui.muted("");
        fee.setId("withdraw-fee" + idSuffix);
        fee.textProperty().bind(form.feeProperty());
        fee.setWrapText(true);
        check.setWrapText(true);
        below = new VBox(6, mustMatch, check, fee);
        // Wrapped lines take the form's width, never the width of their text on one line.
        below.setPrefWidth(460);

        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("ui.withdraw.network")), network);
        grid.addRow(1, new Label(messages.get("ui.withdraw.address")), address);
        if (amountTyped) {
            TextField amount = new TextField();
            amount.setId("withdraw-amount" + idSuffix);
            amount.textProperty().bindBidirectional(form.amountTextProperty());
            Button max = new Button(messages.get("ui.withdraw.max"));
            max.setId("withdraw-max" + idSuffix);
            max.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            max.setOnAction(e -> form.max());
            Label free = Ui.muted(messages.get("ui.withdraw.free", new ReportWording(messages).amount(form.availableProperty().get()),
                    form.asset()));
            grid.addRow(2, new Label(messages.get("ui.withdraw.amount", form.asset())), new HBox(8, amount, max, free));
        }
        grid.add(below, 1, grid.getRowCount());
    }

    private static void style(Label check, boolean ok) {
        check.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
        check.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
    }

    /** Adds {@code node} under the fee: the row's own Send button. */
    public WithdrawalFormView below(Node node) {
        below.getChildren().add(node);
        return this;
    }

    public Node node() {
        return grid;
    }

    /** The form in a dialog whose Withdraw button is enabled only while the form can be sent; {@code send} takes it when pressed. */
    public static void showDialog(Window owner, WithdrawalFormViewModel form, Messages messages, Consumer<WithdrawalFormViewModel> send) {
        Dialog<ButtonType> dialog = new Dialog<>();
        AppDialogs.own(dialog, owner);
        dialog.setTitle(messages.get("ui.withdraw.title", form.asset()));
        dialog.setHeaderText(messages.get("ui.withdraw.title", form.asset()));
        ButtonType withdraw = new ButtonType(messages.get("ui.withdraw.send"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(withdraw,
                new ButtonType(messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(new WithdrawalFormView(form, messages, "", true).node());
        dialog.getDialogPane().lookupButton(withdraw).disableProperty().bind(form.canSendProperty().not());
        // A dialog keeps the size it opened with: lines that appear as the person types would push its buttons out of it.
        Runnable fit = () -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        for (ReadOnlyStringProperty line : List.of(form.networkWarningProperty(), form.addressCheckProperty(), form.feeProperty())) {
            line.addListener((obs, old, now) -> fit.run());
        }
        dialog.showAndWait().filter(withdraw::equals).ifPresent(ok -> send.accept(form));
    }
}
