package dev.closeout.ui.withdrawal;

import atlantafx.base.theme.Styles;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
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
        below = new VBox(6, check, fee);

        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("ui.withdraw.network")), network);
        grid.addRow(1, new Label(messages.get("ui.withdraw.address")), address);
        if (amountTyped) {
            TextField amount = new TextField();
            amount.setId("withdraw-amount" + idSuffix);
            amount.textProperty().bindBidirectional(form.amountTextProperty());
            grid.addRow(2, new Label(messages.get("ui.withdraw.amount", form.asset())), amount);
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
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("ui.withdraw.title", form.asset()));
        dialog.setHeaderText(messages.get("ui.withdraw.title", form.asset()));
        ButtonType withdraw = new ButtonType(messages.get("ui.withdraw.send"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(withdraw,
                new ButtonType(messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(new WithdrawalFormView(form, messages, "", true).node());
        dialog.getDialogPane().lookupButton(withdraw).disableProperty().bind(form.canSendProperty().not());
        dialog.showAndWait().filter(withdraw::equals).ifPresent(ok -> send.accept(form));
    }
}
