package dev.closeout.ui.wizard.notice;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.wizard.notice.NoticeViewModel.Consequence;
import dev.closeout.ui.wizard.notice.NoticeViewModel.Reason;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Why the user is leaving, every consequence with its own tick, and "Export your history first". */
public final class NoticeView {

    private final VBox root;

    public NoticeView(NoticeViewModel vm, Messages messages, Runnable onAlternatives, Runnable onExport) {
        ToggleGroup reasons = new ToggleGroup();
        FlowPane reasonButtons = new FlowPane(16, 8);
        for (Reason reason : Reason.values()) {
            RadioButton button = new RadioButton(messages.get("ui.notice.reason." + reason.name()));
            button.setToggleGroup(reasons);
            button.setUserData(reason);
            button.setSelected(vm.reasonProperty().get() == reason);
            reasonButtons.getChildren().add(button);
        }
        reasons.selectedToggleProperty().addListener((obs, old, toggle) ->
                vm.reasonProperty().set(toggle == null ? null : (Reason) toggle.getUserData()));

        Button pause = new Button(messages.get("ui.notice.pause.button"), Ui.icon(Feather.PAUSE_CIRCLE));
        pause.getStyleClass().add(Styles.ACCENT);
        pause.setOnAction(e -> onAlternatives.run());
        Message pauseHint = new Message(messages.get("ui.notice.pause.title"), messages.get("ui.notice.pause.text"), Ui.icon(Feather.INFO));
        pauseHint.getStyleClass().add(Styles.ACCENT);
        pause.setId("notice-pause");
        VBox pauseBox = new VBox(8, pauseHint, pause);
        pauseBox.visibleProperty().bind(vm.suggestsPauseProperty());
        pauseBox.managedProperty().bind(vm.suggestsPauseProperty());

        Hyperlink export = new Hyperlink(messages.get("ui.notice.export"), Ui.icon(Feather.DOWNLOAD));
        export.setId("export-history");
        export.getStyleClass().add(Styles.TITLE_4);
        export.setOnAction(e -> onExport.run());

        VBox ticks = new VBox(10);
        for (Consequence consequence : Consequence.values()) {
            CheckBox tick = new CheckBox(messages.get("ui.notice.consequence." + consequence.name()));
            tick.getStyleClass().add("consequence");
            tick.setWrapText(true);
            tick.selectedProperty().bindBidirectional(vm.tick(consequence));
            ticks.getChildren().add(tick);
        }

        Label exported = Ui.text("");
        exported.setId("notice-exported");
        exported.textProperty().bind(vm.exportedProperty());

        root = Ui.page(Ui.title(messages.get("ui.notice.title")), export, Ui.muted(messages.get("ui.notice.exportText")), exported,
                Ui.heading(messages.get("ui.notice.reason")), reasonButtons, pauseBox,
                Ui.heading(messages.get("ui.notice.consequences")), Ui.muted(messages.get("ui.notice.typical")), ticks);
        root.setId("step-notice");
    }

    public Node node() {
        return root;
    }
}
