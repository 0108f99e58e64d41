package dev.closeout.ui.alternatives;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.closeout.account.AccountStatus;
import dev.closeout.closure.Alternative.Aspect;
import dev.closeout.closure.Alternative;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.alternatives.AlternativesViewModel.Cell;
import dev.closeout.ui.alternatives.AlternativesViewModel.Row;
import dev.closeout.ui.alternatives.disable.DisableFeaturesView;
import dev.closeout.ui.alternatives.freeze.FreezeView;
import dev.closeout.ui.alternatives.withdraw.WithdrawAllView;
import dev.closeout.ui.account.Ui;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The four paths as cards side by side, the account's status, and the comparison; each path's
 * guided flow replaces them until "Back to alternatives".
 */
public final class AlternativesView {

    private static final Map<Alternative, Feather> ICONS = Map.of(Alternative.WITHDRAW, Feather.DOWNLOAD,
            Alternative.DISABLE, Feather.TOGGLE_LEFT, Alternative.FREEZE, Feather.PAUSE_CIRCLE, Alternative.CLOSE, Feather.X_OCTAGON);

    private final AlternativesViewModel vm;
    private final Messages messages;
    private final ScrollPane scroll = new ScrollPane();
    private final Node overview;
    private final Map<Alternative, Node> flows = new EnumMap<>(Alternative.class);

    public AlternativesView(AlternativesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setId("alternatives");
        overview = overview();
        vm.openProperty().addListener((obs, old, open) -> show(open));
        show(vm.openProperty().get());
    }

    private void show(Alternative open) {
        scroll.setContent(Ui.centred(open == null ? overview : flows.computeIfAbsent(open, this::flow)));
        scroll.setVvalue(0);
    }

    private Node flow(Alternative alternative) {
        Node page = switch (alternative) {
            case WITHDRAW -> new WithdrawAllView(vm.withdraw(), messages).node();
            case DISABLE -> new DisableFeaturesView(vm.disable(), messages).node();
            case FREEZE -> new FreezeView(vm.freeze(), messages).node();
            case CLOSE -> throw new IllegalArgumentException("closing is the wizard's");
        };
        Hyperlink back = new Hyperlink(messages.get("ui.alternatives.back"), Ui.icon(Feather.ARROW_LEFT));
        back.setId("alt-back");
        back.setOnAction(e -> vm.back());
        HBox backLine = new HBox(back);
        backLine.getStyleClass().add("flow-back");
        VBox box = new VBox(backLine, page);
        box.getStyleClass().add("flow");
        return box;
    }

    private Node overview() {
        Label status = new Label();
        status.setId("account-status");
        status.getStyleClass().add("account-status");
        status.textProperty().bind(vm.statusTextProperty());
        vm.statusProperty().addListener((obs, old, now) -> mark(status, now));
        mark(status, vm.statusProperty().get());
        Label statusLabel = new Label(messages.get("ui.alternatives.status"));
        HBox statusLine = new HBox(8, statusLabel, status);
        statusLine.setAlignment(Pos.CENTER_LEFT);

        VBox page = Ui.page(Ui.title(messages.get("ui.alternatives.title")), Ui.muted(messages.get("ui.alternatives.intro")),
                statusLine, cards(), Ui.heading(messages.get("ui.alternatives.compare")), comparison(),
                Ui.muted(messages.get("ui.alternatives.typical")));
        page.setId("alternatives-overview");
        return page;
    }

    /** Colours the status badge by the status: a pseudo-class per status, styled in the app's stylesheet. */
    public static void mark(Label badge, AccountStatus now) {
        for (AccountStatus s : AccountStatus.values()) {
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT)), s == now);
        }
    }

    private Node cards() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setValignment(VPos.TOP);
        grid.getRowConstraints().add(row);
        int column = 0;
        for (Alternative alternative : Alternative.values()) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(25);
            grid.getColumnConstraints().add(constraints);
            grid.add(card(alternative), column++, 0);
        }
        return grid;
    }

    private Node card(Alternative alternative) {
        FontIcon icon = Ui.icon(ICONS.get(alternative));
        icon.getStyleClass().add("card-icon");
        Label title = Ui.heading(vm.title(alternative));
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label text = Ui.muted(vm.description(alternative));
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Button go = new Button(vm.action(alternative));
        go.setId("alt-" + alternative.name().toLowerCase(Locale.ROOT));
        go.setMaxWidth(Double.MAX_VALUE);
        go.getStyleClass().add(alternative == Alternative.CLOSE ? Styles.DANGER : Styles.ACCENT);
        if (alternative == Alternative.CLOSE) {
            go.getStyleClass().add(Styles.BUTTON_OUTLINED);
        }
        if (alternative == Alternative.FREEZE) {
            go.textProperty().bind(vm.freezeActionProperty());
        }
        go.disableProperty().bind(vm.availableProperty(alternative).not());
        go.setOnAction(e -> vm.open(alternative));
        Label unavailable = Ui.muted("");
        unavailable.getStyleClass().add(Styles.TEXT_SMALL);
        unavailable.textProperty().bind(vm.unavailableProperty());
        unavailable.visibleProperty().bind(vm.availableProperty(alternative).not());
        // Room for the hint in every card as soon as one card shows it: the buttons stay in line.
        unavailable.managedProperty().bind(vm.availableProperty(Alternative.WITHDRAW).not());
        VBox card = new VBox(10, icon, title, text, gap, go, unavailable);
        card.getStyleClass().addAll("alt-card", "alt-card-" + alternative.name().toLowerCase(Locale.ROOT));
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }

    private Node comparison() {
        GridPane grid = new GridPane();
        grid.setId("alternatives-comparison");
        grid.getStyleClass().add("comparison");
        ColumnConstraints first = new ColumnConstraints();
        first.setPercentWidth(24);
        grid.getColumnConstraints().add(first);
        int column = 1;
        for (Alternative alternative : Alternative.values()) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(19);
            constraints.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(constraints);
            Label head = new Label(vm.columnName(alternative), Ui.icon(ICONS.get(alternative)));
            head.setWrapText(true);
            head.getStyleClass().addAll("compare-head", Styles.TEXT_BOLD);
            head.setMaxWidth(Double.MAX_VALUE);
            head.setMaxHeight(Double.MAX_VALUE);
            head.setAlignment(Pos.TOP_LEFT);
            grid.add(head, column++, 0);
        }
        Label corner = new Label();
        corner.getStyleClass().add("compare-head");
        corner.setMaxWidth(Double.MAX_VALUE);
        corner.setMaxHeight(Double.MAX_VALUE);
        grid.add(corner, 0, 0);
        int r = 1;
        for (Row row : vm.comparison()) {
            Label question = Ui.text(row.question());
            question.getStyleClass().addAll("compare-question", Styles.TEXT_BOLD);
            question.setMaxWidth(Double.MAX_VALUE);
            question.setMaxHeight(Double.MAX_VALUE);
            question.setAlignment(Pos.TOP_LEFT);
            grid.add(question, 0, r);
            int c = 1;
            for (Cell cell : row.cells()) {
                grid.add(cell(cell, row.aspect(), Alternative.values()[c - 1]), c++, r);
            }
            r++;
        }
        return grid;
    }

    private Node cell(Cell cell, Aspect aspect, Alternative alternative) {
        FontIcon mark = Ui.icon(cell.yes() ? Feather.CHECK : Feather.X);
        mark.getStyleClass().add(cell.yes() ? Styles.SUCCESS : Styles.DANGER);
        Label text = Ui.text(cell.text());
        text.setId("compare-" + aspect.name().toLowerCase(Locale.ROOT) + "-" + alternative.name().toLowerCase(Locale.ROOT));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, mark, text);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().addAll("compare-cell", cell.yes() ? "yes" : "no");
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    public Node node() {
        return scroll;
    }
}
