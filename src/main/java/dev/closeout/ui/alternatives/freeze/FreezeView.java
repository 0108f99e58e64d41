package dev.closeout.ui.alternatives.freeze;

import atlantafx.base.theme.Styles;
import dev.closeout.account.AccountStatus;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.alternatives.AlternativesView;
import dev.closeout.ui.account.KeepFocus;
import dev.closeout.ui.alternatives.Lines;
import dev.closeout.ui.alternatives.freeze.FreezeViewModel.Reason;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.wizard.verification.VerificationView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Freeze: why, what it means, verification, the request; once frozen, verification again and the unfreeze request. */
public final class FreezeView {

    private final VBox root;

    public FreezeView(FreezeViewModel vm, Messages messages) {
        BooleanBinding active = Bindings.createBooleanBinding(() -> vm.statusProperty().get() == AccountStatus.ACTIVE, vm.statusProperty());
        BooleanBinding frozen = Bindings.createBooleanBinding(() -> vm.statusProperty().get() == AccountStatus.FROZEN, vm.statusProperty());

        Label status = new Label();
        status.setId("freeze-status");
        status.getStyleClass().add("account-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get() == null ? ""
                : messages.get("ui.status." + vm.statusProperty().get().name()), vm.statusProperty()));
        vm.statusProperty().addListener((obs, old, now) -> AlternativesView.mark(status, now));
        AlternativesView.mark(status, vm.statusProperty().get());
        HBox statusLine = new HBox(8, new Label(messages.get("ui.alternatives.status")), status);
        statusLine.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup reasons = new ToggleGroup();
        FlowPane reasonButtons = new FlowPane(16, 8);
        for (Reason reason : vm.reasons()) {
            RadioButton button = new RadioButton(vm.reasonText(reason));
            button.setId("freeze-reason-" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.getStyleClass().add("freeze-reason");
            button.setToggleGroup(reasons);
            button.setUserData(reason);
            button.setSelected(vm.reasonProperty().get() == reason);
            reasonButtons.getChildren().add(button);
        }
        reasons.selectedToggleProperty().addListener((obs, old, toggle) ->
                vm.reasonProperty().set(toggle == null ? null : (Reason) toggle.getUserData()));
        TextField details = new TextField();
        details.setId("freeze-details");
        details.setPromptText(messages.get("ui.alternatives.freeze.detailsPrompt"));
        details.textProperty().bindBidirectional(vm.detailsProperty());

        VBox consequences = new VBox(6);
        for (String consequence : vm.consequences()) {
            Label line = Ui.text(consequence);
            line.setGraphic(Ui.icon(Feather.CHEVRON_RIGHT));
            consequences.getChildren().add(line);
        }
        CheckBox understood = new CheckBox(messages.get("ui.alternatives.freeze.understood"));
        understood.setId("freeze-understood");
        understood.setWrapText(true);
        understood.selectedProperty().bindBidirectional(vm.understoodProperty());

        VBox asking = new VBox(12, Ui.heading(messages.get("ui.alternatives.freeze.why")), reasonButtons, details,
                Ui.heading(messages.get("ui.alternatives.freeze.means")), Ui.muted(messages.get("ui.alternatives.freeze.typical")),
                consequences, understood);
        asking.visibleProperty().bind(active);
        asking.managedProperty().bind(active);

        Label frozenText = Ui.text(messages.get("ui.alternatives.freeze.frozenText"));
        frozenText.getStyleClass().add(Styles.ACCENT);
        VBox whileFrozen = new VBox(8, Ui.heading(messages.get("ui.alternatives.freeze.frozenTitle")), frozenText);
        whileFrozen.visibleProperty().bind(frozen);
        whileFrozen.managedProperty().bind(frozen);

        Node verification = new VerificationView(vm.verification(), messages).node();
        verification.getStyleClass().add("embedded");
        verification.visibleProperty().bind(active.or(frozen));
        verification.managedProperty().bind(verification.visibleProperty());

        Button freeze = request(new Button(messages.get("ui.alternatives.freeze.request"), Ui.icon(Feather.PAUSE_CIRCLE)),
                "freeze-request", vm.canFreezeProperty(), active, vm::requestFreeze);
        Button unfreeze = request(new Button(messages.get("ui.alternatives.freeze.unfreezeRequest"), Ui.icon(Feather.PLAY_CIRCLE)),
                "unfreeze-request", vm.canUnfreezeProperty(), frozen, vm::requestUnfreeze);
        Label message = Ui.text("");
        message.setId("freeze-message");
        Lines.show(message, vm.messageProperty());
        Label notNow = Ui.muted(messages.get("ui.alternatives.freeze.notNow"));
        notNow.visibleProperty().bind(active.or(frozen).not().and(vm.statusProperty().isNotNull()));
        notNow.managedProperty().bind(notNow.visibleProperty());

        root = Ui.page(Ui.title(messages.get("ui.alternatives.freeze.title")), Ui.muted(messages.get("ui.alternatives.freeze.intro")),
                statusLine);
        if (vm.onWebsite()) {
            root.getChildren().addAll(onWebsite(vm, messages), Ui.heading(messages.get("ui.alternatives.freeze.means")),
                    Ui.muted(messages.get("ui.alternatives.freeze.typical")), consequences);
        } else {
            root.getChildren().addAll(whileFrozen, asking, verification, new HBox(10, freeze, unfreeze), message, notNow);
        }
        root.setId("flow-freeze");
        KeepFocus.onPage(root, vm.busyProperty());
    }

    /** Freezing happens on the exchange's website: what it is called there, and the buttons that go. */
    /** A request's button: shown while {@code shown}, pressable while {@code allowed}. */
    private static Button request(Button button, String id, ObservableBooleanValue allowed, BooleanBinding shown, Runnable action) {
        button.setId(id);
        button.getStyleClass().add(Styles.ACCENT);
        button.disableProperty().bind(Bindings.not(allowed));
        button.visibleProperty().bind(shown);
        button.managedProperty().bind(shown);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Node onWebsite(FreezeViewModel vm, Messages messages) {
        String exchange = vm.exchangeName();
        Button open = Ui.opens(messages.get("ui.alternatives.freeze.website.open", exchange), "freeze-open-page", vm::openFreezePage);
        open.getStyleClass().add(Styles.ACCENT);
        Button support = new Button(messages.get("ui.alternatives.freeze.website.support", exchange), Ui.icon(Feather.LIFE_BUOY));
        support.setId("freeze-open-support");
        support.setOnAction(e -> vm.openSupport());
        return Ui.handOff("freeze-on-website", Ui.heading(messages.get("ui.alternatives.freeze.website.title", exchange)),
                Ui.text(messages.get("ui.alternatives.freeze.website.text", exchange)),
                Ui.muted(messages.get("ui.alternatives.freeze.website.where", exchange)), new HBox(10, open, support));
    }

    public Node node() {
        return root;
    }
}
