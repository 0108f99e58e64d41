package dev.closeout.ui.wizard.confirm;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** What will be lost, the email typed to confirm, and "Confirm closure". */
public final class ConfirmView {

    private final VBox root;

    public ConfirmView(ConfirmViewModel vm, Messages messages) {
        VBox losses = new VBox(6);
        vm.losses().addListener((javafx.collections.ListChangeListener<String>) c -> fill(losses, vm));
        fill(losses, vm);
        TextField email = new TextField();
        email.setId("confirm-email");
        email.setMaxWidth(420);
        email.setPromptText(messages.get("ui.confirm.emailPrompt"));
        email.textProperty().bindBidirectional(vm.typedEmailProperty());
        email.setOnAction(e -> vm.confirm());
        Label matches = Ui.muted("");
        matches.textProperty().bind(Bindings.createStringBinding(() -> email.getText().isBlank() ? ""
                : vm.emailMatchesProperty().get() ? messages.get("ui.confirm.emailMatches") : messages.get("ui.confirm.emailDiffers"),
                email.textProperty(), vm.emailMatchesProperty()));
        Button confirm = new Button(messages.get("ui.confirm.button"), Ui.icon(Feather.ALERT_TRIANGLE));
        confirm.setId("confirm-closure");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.disableProperty().bind(vm.canConfirmProperty().not());
        confirm.setOnAction(e -> vm.confirm());
        Label message = Ui.text("");
        message.setId("confirm-message");
        message.textProperty().bind(vm.messageProperty());
        Label emailLabel = new Label(messages.get("ui.confirm.emailLabel"));
        emailLabel.setLabelFor(email);
        root = Ui.page(Ui.title(messages.get("ui.confirm.title")), Ui.heading(messages.get("ui.confirm.losses")), losses);
        if (vm.onWebsite()) {
            root.getChildren().addAll(onWebsite(vm, messages), message);
        } else {
            root.getChildren().addAll(emailLabel, email, matches, confirm, message);
        }
        root.setId("step-confirm");
    }

    /** Closing happens on the exchange's website: why, where on it, and the button that opens it. */
    private static Node onWebsite(ConfirmViewModel vm, Messages messages) {
        String exchange = vm.exchangeName();
        Button open = Ui.opens(messages.get("ui.confirm.website.open", exchange), "confirm-open-closure-page", vm::openClosurePage);
        open.getStyleClass().add(Styles.DANGER);
        return Ui.handOff("confirm-on-website", Ui.heading(messages.get("ui.confirm.website.title", exchange)),
                Ui.text(messages.get("ui.confirm.website.text", exchange)), Ui.muted(messages.get("ui.confirm.website.where", exchange)),
                open, Ui.muted(messages.get("ui.confirm.website.after", exchange)));
    }

    private static void fill(VBox losses, ConfirmViewModel vm) {
        losses.getChildren().setAll(vm.losses().stream().map(text -> (Node) Ui.text("\u2022 " + text)).toList());
    }

    public Node node() {
        return root;
    }
}
