package dev.closeout.ui.demo;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The demo's tools: a menu in the header (inbox, clock, reset), the banner that says the money is
 * simulated, and the inbox, which lies over the page's right edge instead of squeezing it. Every
 * code in the inbox is shown whole, can be selected, and has its own Copy button.
 */
public final class DemoToolsView {

    /** The inbox's width: a whole email address and a code with its Copy button, at the smallest window too. */
    private static final double INBOX_WIDTH = 360;

    private final MenuButton advance;
    private final Button reset;
    private final ToggleButton inboxToggle;
    private final VBox inbox;
    private final Node banner;
    private final Messages messages;

    /** {@code confirmReset} asks before the demo account is set up anew: everything done in it is lost. */
    public DemoToolsView(DemoToolsViewModel vm, Messages messages, BooleanSupplier confirmReset) {
        this.messages = messages;
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
        inbox = inboxPanel(vm);
        banner = banner(vm);

        // The clock is read every second: the banner's demo time, expiring codes and the authenticator's code follow it.
        Timeline refresh = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> vm.refresh()));
        refresh.setCycleCount(Animation.INDEFINITE);
        inbox.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                refresh.stop();
            } else {
                refresh.play();
            }
        });
        inboxToggle.selectedProperty().addListener((obs, old, open) -> vm.refresh());
        advance.setOnShowing(e -> vm.refresh());
        vm.refresh();
    }

    private VBox inboxPanel(DemoToolsViewModel vm) {
        Label title = Ui.heading(messages.get("ui.demo.inbox.title"));
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, Ui.icon(Feather.X));
        close.setId("demo-inbox-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText(messages.get("ui.demo.inbox.close"));
        close.setTooltip(new Tooltip(messages.get("ui.demo.inbox.close")));
        close.setOnAction(e -> inboxToggle.setSelected(false));
        HBox top = new HBox(8, title, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Label time = Ui.muted("");
        time.setId("demo-time");
        time.textProperty().bind(vm.demoTimeProperty());
        CodeField authenticator = new CodeField(messages, "demo-authenticator-code", messages.get("ui.demo.authenticator"));
        authenticator.code().textProperty().bind(vm.authenticatorCodeProperty());

        VBox lines = new VBox(10);
        lines.setId("demo-inbox-messages");
        Label empty = Ui.muted(messages.get("ui.demo.inbox.empty"));
        empty.setId("demo-inbox-empty");
        Runnable render = () -> {
            lines.getChildren().setAll(vm.inbox().stream().map(this::message).toList());
            if (vm.inbox().isEmpty()) {
                lines.getChildren().add(empty);
            }
        };
        vm.inbox().addListener((ListChangeListener<InboxLine>) change -> render.run());
        render.run();
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("demo-inbox-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox panel = new VBox(10, top, Ui.muted(messages.get("ui.demo.inbox.note")), time,
                Ui.muted(messages.get("ui.demo.authenticator")), authenticator.node(), Ui.heading(messages.get("ui.demo.inbox.messages")), scroll);
        panel.getStyleClass().add("demo-inbox");
        panel.setPrefWidth(INBOX_WIDTH);
        panel.setMaxWidth(INBOX_WIDTH);
        panel.setMinWidth(INBOX_WIDTH);
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        panel.visibleProperty().bind(inboxToggle.selectedProperty());
        panel.managedProperty().bind(inboxToggle.selectedProperty());
        panel.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                inboxToggle.setSelected(false);
                inboxToggle.requestFocus();
                e.consume();
            }
        });
        return panel;
    }

    /** One delivered code: to whom, the code with its Copy button and what became of it, when it was sent and until when it is valid. */
    private Node message(InboxLine line) {
        Label heading = Ui.text(line.heading());
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "inbox-heading");
        Label mark = new Label(line.markText());
        mark.getStyleClass().addAll("inbox-mark", "inbox-mark-" + line.mark().name().toLowerCase(Locale.ROOT));
        mark.setMinWidth(Region.USE_PREF_SIZE);
        CodeField code = new CodeField(messages, null, line.heading());
        code.code().setText(line.code());
        HBox codeRow = new HBox(8, code.node(), mark);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, heading, codeRow, Ui.muted(line.when()));
        box.getStyleClass().addAll("inbox-message", "inbox-message-" + line.mark().name().toLowerCase(Locale.ROOT));
        box.setUserData(line);
        return box;
    }

    /** The demo's time, and that its money is simulated, above every page. */
    private Node banner(DemoToolsViewModel vm) {
        Label text = Ui.text(messages.get("ui.demo.banner"));
        text.setId("demo-banner-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Label time = new Label();
        time.setId("demo-banner-time");
        time.textProperty().bind(vm.demoTimeProperty());
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, Ui.icon(Feather.ALERT_TRIANGLE), text, time);
        bar.setId("demo-banner");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("demo-banner");
        return bar;
    }

    /** The demo's clock and reset, for the header. */
    public Node[] headerTools() {
        return new Node[] {inboxToggle, advance, reset};
    }

    /** The inbox, to lie over the right edge of the page. */
    public Node inboxPanel() {
        return inbox;
    }

    /** "Simulated money", above every page. */
    public Node banner() {
        return banner;
    }

    /** Whether the inbox is open: kept when the window is built again in another language. */
    public BooleanProperty inboxOpenProperty() {
        return inboxToggle.selectedProperty();
    }
}
