package dev.closeout.ui.demo;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The demo's tools: a menu in the header (inbox, clock, reset) and the inbox panel, both labelled as the demo's. */
public final class DemoToolsView {

    private final MenuButton advance;
    private final Button reset;
    private final ToggleButton inboxToggle;
    private final VBox inbox;

    /** {@code confirmReset} asks before the demo account is set up anew: everything done in it is lost. */
    public DemoToolsView(DemoToolsViewModel vm, Messages messages, BooleanSupplier confirmReset) {
        advance = new MenuButton(messages.get("ui.demo.menu"), Ui.icon(Feather.CLOCK));
        advance.setId("demo-advance-time");
        advance.getStyleClass().add(Styles.FLAT);
        for (Duration step : DemoToolsViewModel.STEPS) {
            MenuItem item = new MenuItem(vm.stepLabel(step));
            item.setId("demo-advance-" + step.toMinutes());
            item.setOnAction(e -> vm.advance(step));
            advance.getItems().add(item);
        }
        reset = new Button(null, Ui.icon(Feather.ROTATE_CCW));
        reset.setId("demo-reset");
        reset.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reset.setTooltip(new Tooltip(messages.get("ui.demo.reset")));
        reset.setAccessibleText(messages.get("ui.demo.reset"));
        reset.setOnAction(e -> {
            if (confirmReset.getAsBoolean()) {
                vm.reset();
            }
        });

        inboxToggle = new ToggleButton(messages.get("ui.demo.inbox"), Ui.icon(Feather.INBOX));
        inboxToggle.setId("demo-inbox");
        inboxToggle.getStyleClass().add(Styles.FLAT);

        Label title = Ui.heading(messages.get("ui.demo.inbox.title"));
        Label note = Ui.muted(messages.get("ui.demo.inbox.note"));
        Label code = new Label();
        code.setId("demo-authenticator-code");
        code.getStyleClass().addAll(Styles.TITLE_3, "authenticator-code");
        code.textProperty().bind(vm.authenticatorCodeProperty());
        Label time = Ui.muted("");
        time.setId("demo-time");
        time.textProperty().bind(vm.demoTimeProperty());
        ListView<String> messagesList = new ListView<>(vm.inbox());
        messagesList.setId("demo-inbox-messages");
        messagesList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        inbox = new VBox(10, title, note, Ui.muted(messages.get("ui.demo.authenticator")), code, time, messagesList);
        inbox.getStyleClass().add("demo-inbox");
        inbox.setPrefWidth(300);
        inbox.visibleProperty().bind(inboxToggle.selectedProperty());
        inbox.managedProperty().bind(inboxToggle.selectedProperty());

        Timeline refresh = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> vm.refresh()));
        refresh.setCycleCount(Animation.INDEFINITE);
        inboxToggle.selectedProperty().addListener((obs, old, open) -> {
            if (open) {
                vm.refresh();
                refresh.play();
            } else {
                refresh.stop();
            }
        });
        advance.setOnShowing(e -> vm.refresh());
    }

    /** The demo's clock and reset, for the header. */
    public Node[] headerTools() {
        return new Node[] {inboxToggle, advance, reset};
    }

    public Node inboxPanel() {
        return inbox;
    }
}
