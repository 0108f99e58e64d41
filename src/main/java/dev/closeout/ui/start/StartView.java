package dev.closeout.ui.start;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.wizard.settings.SettingsViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What Closeout is, the account it is looking at, and three ways on: check it, pause it, close it. */
public final class StartView {

    /** Where each way on leads; {@code settings} opens the app's settings, where another account is connected. */
    public record Ways(Runnable check, Runnable pause, Runnable close, Runnable settings) {
    }

    private final ScrollPane root;

    /** {@code facts} is the account as the exchange shows it (the wizard's first step reads the same). */
    public StartView(StartViewModel vm, SettingsViewModel facts, Messages messages, Ways ways) {
        Label title = Ui.title(messages.get("ui.start.title"));
        title.setId("start-title");
        VBox page = Ui.page(title, Ui.text(messages.get("ui.start.what")), account(vm, facts, messages, ways), ways(vm, messages, ways));
        page.getStyleClass().add("start-page");
        page.setId("start");
        root = Ui.scroll(page);
    }

    /** The account in four lines: which exchange (the demo marked as simulated), whose, what it holds, how far from closing. */
    private static Node account(StartViewModel vm, SettingsViewModel facts, Messages messages, Ways ways) {
        Label looking = Ui.muted(messages.get("ui.start.account"));
        looking.setMinWidth(Region.USE_PREF_SIZE);
        Label exchange = new Label(vm.exchangeName(), Ui.icon(vm.demo() ? Feather.PLAY_CIRCLE : Feather.LINK));
        exchange.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_BOLD);
        exchange.setId("start-exchange");
        exchange.setMinWidth(Region.USE_PREF_SIZE);
        Label who = Ui.text("");
        who.setId("start-account-email");
        who.textProperty().bind(facts.emailProperty().concat(" \u00b7 ").concat(facts.statusProperty()));
        who.visibleProperty().bind(vm.readProperty());
        HBox name = new HBox(10, looking, exchange);
        if (vm.demo()) {
            Label simulated = new Label(messages.get("ui.start.simulated"));
            simulated.getStyleClass().add("demo-badge");
            simulated.setMinWidth(Region.USE_PREF_SIZE);
            name.getChildren().add(simulated);
        }
        name.getChildren().add(who);
        name.setAlignment(Pos.CENTER_LEFT);
        Label worth = Ui.text("");
        worth.setId("start-worth");
        worth.textProperty().bind(vm.worthProperty());
        Label readiness = Ui.text("");
        readiness.setId("start-readiness");
        readiness.textProperty().bind(vm.readinessProperty());
        Label error = Ui.failureLine(vm.errorProperty());
        Hyperlink settings = new Hyperlink(messages.get("ui.start.settings"), Ui.icon(Feather.SETTINGS));
        settings.setId("start-settings");
        settings.setOnAction(e -> ways.settings().run());
        settings.setMinWidth(Region.USE_PREF_SIZE);
        Label note = Ui.muted(messages.get(vm.demo() ? "ui.start.demoNote" : "ui.start.realNote", vm.exchangeName()));
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox noteLine = new HBox(10, note, settings);
        noteLine.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, name, worth, readiness, error, noteLine);
        card.getStyleClass().add("card-row");
        card.setId("start-account");
        return card;
    }

    private static Node ways(StartViewModel vm, Messages messages, Ways ways) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints third = new ColumnConstraints();
            third.setPercentWidth(100 / 3.0);
            third.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(third);
        }
        grid.add(way("start-check", Feather.BAR_CHART_2, messages.get("ui.start.check.title"), messages.get("ui.start.check.text"),
                messages.get("ui.start.check.button"), ways.check(), vm, false), 0, 0);
        grid.add(way("start-pause", Feather.PAUSE_CIRCLE, messages.get("ui.start.pause.title"), messages.get("ui.start.pause.text"),
                messages.get("ui.start.pause.button"), ways.pause(), vm, false), 1, 0);
        Node close = way("start-closure", Feather.LOG_OUT, messages.get("ui.start.close.title"), messages.get("ui.start.close.text"),
                messages.get("ui.start.close.button"), ways.close(), vm, true);
        grid.add(close, 2, 0);
        return grid;
    }

    /** A way on: what it is, what it does, and the button that goes. */
    private static Node way(String id, Feather icon, String title, String text, String action, Runnable go, StartViewModel vm,
            boolean closes) {
        FontIcon glyph = Ui.icon(icon);
        glyph.getStyleClass().add("card-icon");
        Label heading = Ui.heading(title);
        heading.setGraphic(glyph);
        Button button = new Button(action, Ui.icon(Feather.ARROW_RIGHT));
        button.setId(id);
        button.setContentDisplay(ContentDisplay.RIGHT);
        button.getStyleClass().add(closes ? Styles.DANGER : Styles.ACCENT);
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.disableProperty().bind(vm.readProperty().not());
        button.setOnAction(e -> go.run());
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox card = new VBox(8, heading, Ui.muted(text), gap, button);
        card.getStyleClass().addAll("way-card", closes ? "way-card-close" : "way-card-keep");
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }

    public Node node() {
        return root;
    }
}
