package dev.closeout.ui.wizard.eligibility;

import dev.closeout.closure.Finding;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Where a balance leaves the exchange: network, address, amount, and what will arrive after the fee. */
final class WithdrawForm {

    private final EligibilityViewModel vm;
    private final Messages messages;
    private final Finding finding;

    WithdrawForm(EligibilityViewModel vm, Messages messages, Finding finding) {
        this.vm = vm;
        this.messages = messages;
        this.finding = finding;
    }

    void show(Window owner) {
        vm.networks(finding.asset(), networks -> open(owner, networks));
    }

    private void open(Window owner, java.util.List<WithdrawalNetwork> networks) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("ui.withdraw.title", finding.asset()));
        dialog.setHeaderText(messages.get("ui.withdraw.title", finding.asset()));
        ButtonType send = new ButtonType(messages.get("ui.withdraw.send"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(send, new ButtonType(messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        ComboBox<WithdrawalNetwork> network = new ComboBox<>();
        network.setId("withdraw-network");
        network.getItems().setAll(networks);
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
        if (!networks.isEmpty()) {
            network.setValue(networks.get(0));
        }
        TextField address = new TextField();
        address.setId("withdraw-address");
        address.setPrefColumnCount(34);
        TextField amount = new TextField(finding.amount().toPlainString());
        amount.setId("withdraw-amount");
        Label arriving = Ui.muted("");
        arriving.textProperty().bind(Bindings.createStringBinding(() -> {
            BigDecimal typed = EligibilityViewModel.typedAmount(amount.getText());
            WithdrawalNetwork chosen = network.getValue();
            if (chosen == null) {
                return messages.get("ui.withdraw.noNetwork", finding.asset());
            }
            return typed == null ? messages.get("ui.withdraw.amountInvalid")
                    : messages.get("ui.withdraw.arriving", EligibilityViewModel.arriving(chosen, typed).toPlainString(), chosen.asset());
        }, amount.textProperty(), network.valueProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.get("ui.withdraw.network")), network);
        grid.addRow(1, new Label(messages.get("ui.withdraw.address")), address);
        grid.addRow(2, new Label(messages.get("ui.withdraw.amount", finding.asset())), amount);
        grid.add(arriving, 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(send).disableProperty().bind(Bindings.createBooleanBinding(
                () -> network.getValue() == null || address.getText().isBlank() || EligibilityViewModel.typedAmount(amount.getText()) == null,
                network.valueProperty(), address.textProperty(), amount.textProperty()));
        dialog.showAndWait().filter(send::equals).ifPresent(ok ->
                vm.withdraw(finding.asset(), network.getValue().network(), address.getText(), EligibilityViewModel.typedAmount(amount.getText())));
    }
}
