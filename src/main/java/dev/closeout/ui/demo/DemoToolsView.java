package dev.closeout.ui.demo;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.shell.Ui;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The demo's tools: a menu in the header (inbox, clock, reset) and the inbox panel, both labelled as the demo's. */
public final class DemoToolsView {

    private final MenuButton menu;
    private final ToggleButton inboxToggle;
    private final VBox inbox;

    public DemoToolsView(DemoToolsViewModel vm, Messages messages) {
        menu = new MenuButton(messages.get("ui.demo.menu"), Ui.icon(Feather.TOOL));
        menu.setId("demo-tools");
        menu.getStyleClass().add(Styles.FLAT);
        for (Duration step : DemoToolsViewModel.STEPS) {
            MenuItem item = new MenuItem(vm.stepLabel(step));
            item.setId("demo-advance-" + step.toMinutes());
            item.setOnAction(e -> vm.advance(step));
            menu.getItems().add(item);
        }
        MenuItem reset = new MenuItem(messages.get("ui.demo.reset"));
        reset.setId("demo-reset");
        reset.setOnAction(e -> vm.reset());
        menu.getItems().addAll(new SeparatorMenuItem(), reset);

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
        menu.setOnShowing(e -> vm.refresh());
    }

    public Node menu() {
        return menu;
    }

    public Node inboxToggle() {
        return inboxToggle;
    }

    public Node inboxPanel() {
        return inbox;
    }
}
