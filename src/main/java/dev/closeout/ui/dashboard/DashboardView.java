package dev.closeout.ui.dashboard;

import atlantafx.base.controls.RingProgressIndicator;
import atlantafx.base.theme.Styles;
import dev.closeout.account.UnknownPart;
import dev.closeout.exchange.SideReading;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.plan.PlanDoor;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The dashboard: totals, the readiness meter, value per wallet, every holding, Earn and staking, and what else ties the account down. */
public final class DashboardView {

    private final ScrollPane root;
    private final DashboardViewModel vm;
    private final Messages messages;
    /** The chart's height for each wallet it shows. */
    private static final double ROW = 30;
    private final XYChart.Series<Number, String> series = new XYChart.Series<>();
    private final TableView<HoldingRow> holdings = new TableView<>();
    private static final double MIN_TABLE_HEIGHT = 320;
    private static final double EARN_ROW = 38;
    private static final double EARN_HEADER = 44;

    /**
     * {@code toWizard} opens the close-account wizard, {@code toEligibility} its list of what blocks closure;
     * {@code toAlternatives} the pause alternatives; {@code toExport} the history export.
     */
    public DashboardView(DashboardViewModel vm, Messages messages, Runnable toWizard, Runnable toEligibility, Runnable toAlternatives,
            Runnable toExport) {
        this.vm = vm;
        this.messages = messages;
        VBox page = Ui.page(Ui.title(messages.get("ui.dashboard.title")), summary(toWizard, toExport), checks(), chart(),
                Ui.heading(messages.get("ui.dashboard.holdings")), holdingsFilters(), holdingsTable(),
                Ui.heading(messages.get("ui.dashboard.earn")), earnTable(), Ui.heading(messages.get("ui.dashboard.ties")),
                counts(toEligibility, toAlternatives));
        page.setId("dashboard");
        page.getStyleClass().add("wide");
        root = Ui.scroll(page);
        // The holdings table takes most of a tall window, never less than a dozen rows.
        holdings.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(MIN_TABLE_HEIGHT, root.getViewportBounds().getHeight() - 140), root.viewportBoundsProperty()));
    }

    private Node summary(Runnable toWizard, Runnable toExport) {
        Label total = Ui.title("");
        total.setId("dashboard-total");
        total.textProperty().bind(vm.totalUsdProperty());
        Label btc = Ui.muted("");
        btc.textProperty().bind(vm.totalBtcProperty());
        Label owed = Ui.muted("");
        owed.setId("dashboard-owed");
        owed.textProperty().bind(vm.owedProperty());
        owed.visibleProperty().bind(vm.owedProperty().isNotEmpty());
        owed.managedProperty().bind(owed.visibleProperty());
        Label asOf = Ui.muted("");
        asOf.textProperty().bind(vm.asOfProperty());
        Button refresh = new Button(messages.get("ui.dashboard.refresh"), Ui.icon(Feather.REFRESH_CW));
        refresh.setId("dashboard-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Label error = Ui.text("");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        Button export = new Button(messages.get("ui.export.title"), Ui.icon(Feather.DOWNLOAD));
        export.setId("dashboard-export");
        export.setOnAction(e -> toExport.run());
        Button plan = PlanDoor.button(messages, "dashboard-plan");
        for (Button button : List.of(refresh, export, plan)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // At the smallest window the buttons go to a line of their own rather than lose their words.
        FlowPane actions = new FlowPane(10, 8, asOf, refresh, export, plan);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox totals = new VBox(4, Ui.muted(messages.get("ui.dashboard.total")), total, owed, btc, actions, error);
        HBox.setHgrow(totals, Priority.ALWAYS);

        RingProgressIndicator ring = new RingProgressIndicator(0, false);
        ring.setMinSize(64, 64);
        ring.progressProperty().bind(vm.conditionsMetProperty().divide(7.0));
        ring.setStringConverter(new StringConverter<>() {
            @Override
            public String toString(Double progress) {
                return vm.conditionsMetProperty().get() + "/7";
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        Button meter = new Button();
        meter.setId("readiness-meter");
        meter.setGraphic(ring);
        meter.textProperty().bind(vm.readinessProperty());
        ring.visibleProperty().bind(vm.closingOrClosedProperty().not());
        meter.getStyleClass().add(Styles.FLAT);
        meter.setOnAction(e -> toWizard.run());
        // A long total wraps; the meter's words never shrink to an ellipsis.
        meter.setMinWidth(Region.USE_PREF_SIZE);
        HBox summary = new HBox(24, totals, meter);
        summary.setAlignment(Pos.CENTER_LEFT);
        summary.getStyleClass().add("card-row");
        return summary;
    }

    /** What the dashboard cannot show, each with the exchange's page for it; hidden while there is none. */
    private Node checks() {
        VBox lines = new VBox(6);
        Runnable render = () -> lines.getChildren().setAll(vm.checks().stream().map(this::checkLine).toList());
        vm.checks().addListener((ListChangeListener<CheckRow>) c -> render.run());
        render.run();
        VBox box = Ui.handOff("dashboard-checks", Ui.heading(messages.get("ui.dashboard.checks")), Ui.muted(messages.get("ui.dashboard.checksText")),
                lines);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.checks()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node checkLine(CheckRow row) {
        Label text = Ui.text(row.text());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(10, text);
        line.setAlignment(Pos.CENTER_LEFT);
        if (row.page() != null) {
            Button open = new Button(vm.openLabel(), Ui.icon(Feather.EXTERNAL_LINK));
            open.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            open.setOnAction(e -> vm.open(row));
            open.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(open);
        }
        return line;
    }

    private Node chart() {
        // Sideways, so that every wallet's name can be read in full.
        CategoryAxis places = new CategoryAxis();
        NumberAxis usd = new NumberAxis();
        usd.setLabel(messages.get("ui.dashboard.chartAxis"));
        BarChart<Number, String> chart = new BarChart<>(usd, places);
        chart.setId("wallet-chart");
        chart.setTitle(messages.get("ui.dashboard.chart"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(8);
        chart.setBarGap(0);
        chart.getData().add(series);
        // A row of room per wallet: where there is less, the axis leaves names out (Chinese, whose font is taller, lost two).
        chart.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.max(360, 80 + ROW * vm.places().size()), vm.places()));
        vm.places().addListener((ListChangeListener<PlaceValue>) c -> fillChart());
        fillChart();
        return chart;
    }

    /** The chart draws doubles; the amounts themselves stay exact in the ViewModel. */
    private void fillChart() {
        series.getData().setAll(vm.places().stream()
                .map(p -> new XYChart.Data<Number, String>(p.usdValue().doubleValue(), p.place())).toList());
    }

    private Node holdingsFilters() {
        TextField search = new TextField();
        search.setId("holdings-search");
        search.setPromptText(messages.get("ui.dashboard.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        ComboBox<String> place = new ComboBox<>(vm.placeChoices());
        place.setId("holdings-place");
        place.valueProperty().bindBidirectional(vm.placeProperty());
        place.setConverter(new StringConverter<>() {
            @Override
            public String toString(String choice) {
                return vm.placeLabel(choice);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        CheckBox dust = new CheckBox(messages.get("ui.dashboard.dustOnly"));
        dust.setId("holdings-dust-only");
        dust.selectedProperty().bindBidirectional(vm.dustOnlyProperty());
        HBox filters = new HBox(10, search, place, dust);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private Node holdingsTable() {
        TableView<HoldingRow> table = holdings;
        table.setId("holdings-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<HoldingRow, String> asset = sortable(column(messages.get("ui.dashboard.col.asset"), HoldingRow::asset),
                Comparator.comparing(HoldingRow::asset));
        TableColumn<HoldingRow, String> place = sortable(column(messages.get("ui.dashboard.col.place"), HoldingRow::place),
                Comparator.comparing(HoldingRow::place));
        TableColumn<HoldingRow, BigDecimal> amount = sortable(column(messages.get("ui.dashboard.col.amount"), HoldingRow::amount),
                Comparator.comparing(HoldingRow::amount));
        amount.setCellFactory(c -> amountCell(HoldingRow::asset));
        TableColumn<HoldingRow, BigDecimal> value = sortable(column(messages.get("ui.dashboard.col.usd"), HoldingRow::usdValue),
                Comparator.comparing(HoldingRow::usdValue, Comparator.nullsFirst(Comparator.naturalOrder())));
        value.setCellFactory(c -> textCell(vm::usd));
        value.getStyleClass().add("numeric");
        TableColumn<HoldingRow, HoldingRow> dust = sortable(column("", row -> row),
                Comparator.comparing(HoldingRow::dust).thenComparing(HoldingRow::totalOnly));
        dust.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HoldingRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || !(row.dust() || row.totalOnly())) {
                    setGraphic(null);
                    return;
                }
                // A wallet known only by its total is never passed off as a balance: its badge says to check it.
                Label badge = new Label(row.totalOnly() ? vm.totalOnlyBadge() : messages.get("ui.dashboard.dust"));
                badge.getStyleClass().add(row.totalOnly() ? "check-badge" : "dust-badge");
                setGraphic(badge);
            }
        });
        table.getColumns().setAll(List.of(asset, place, amount, value, dust));
        SortedList<HoldingRow> sorted = new SortedList<>(vm.shownHoldings());
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> rowOrder(table), table.comparatorProperty()));
        // The sorted list does the sorting; the table has nothing left to do.
        table.setSortPolicy(t -> true);
        table.setItems(sorted);
        Label nothing = new Label();
        nothing.textProperty().bind(vm.holdingsEmptyProperty());
        table.setPlaceholder(nothing);
        Label shown = Ui.muted("");
        shown.setId("holdings-shown");
        shown.textProperty().bind(vm.holdingsShownProperty());
        return new VBox(6, table, shown);
    }

    private Node earnTable() {
        TableView<EarnRow> table = new TableView<>(vm.earn());
        table.setId("earn-table");
        // As tall as its rows, no spare empty one below them.
        table.setFixedCellSize(EARN_ROW);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> EARN_ROW * Math.max(2, vm.earn().size()) + EARN_HEADER, vm.earn()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<EarnRow, BigDecimal> amount = column(messages.get("ui.dashboard.col.amount"), EarnRow::amount);
        amount.setCellFactory(c -> amountCell(EarnRow::asset));
        TableColumn<EarnRow, BigDecimal> usd = column(messages.get("ui.dashboard.col.usd"), EarnRow::usdValue);
        usd.setCellFactory(c -> textCell(vm::usd));
        usd.getStyleClass().add("numeric");
        table.getColumns().setAll(List.of(column(messages.get("ui.dashboard.col.product"), EarnRow::product),
                column(messages.get("ui.dashboard.col.asset"), EarnRow::asset), amount, usd,
                column(messages.get("ui.dashboard.col.apr"), EarnRow::apr),
                column(messages.get("ui.dashboard.col.maturity"), EarnRow::maturity),
                column(messages.get("ui.dashboard.col.penalty"), EarnRow::penalty)));
        Label nothing = new Label();
        nothing.textProperty().bind(vm.earnEmptyProperty());
        table.setPlaceholder(nothing);
        return table;
    }

    private Node counts(Runnable toEligibility, Runnable toAlternatives) {
        FlowPane tiles = new FlowPane(10, 10);
        tiles.getChildren().addAll(
                tile("count-orders", c -> vm.tile(c, UnknownPart.Part.OPEN_ORDERS,
                        messages.get("ui.dashboard.count.orders", c.openOrders())), Counts::openOrders, toEligibility),
                tile("count-p2p", c -> vm.tile(c, UnknownPart.Part.P2P_ORDERS,
                        messages.get("ui.dashboard.count.p2p", c.openP2pOrders())), Counts::openP2pOrders, toEligibility),
                tile("count-subaccounts", c -> vm.tile(c, UnknownPart.Part.SUB_ACCOUNTS,
                        messages.get("ui.dashboard.count.subAccounts", c.openSubAccounts())), Counts::openSubAccounts, toEligibility),
                tile("count-apikeys", c -> vm.tile(c, SideReading.KEY_PERMISSIONS,
                        messages.get("ui.dashboard.count.apiKeys", c.apiKeys())), Counts::apiKeys, toAlternatives),
                tile("count-plans", c -> vm.tile(c, SideReading.RECURRING_PLANS,
                        messages.get("ui.dashboard.count.plans", c.recurringPlans())), Counts::recurringPlans, toAlternatives));
        return tiles;
    }

    /** A count that leads to where its items are dealt with; a count of none leads nowhere and says so by being off. */
    private Button tile(String id, Function<Counts, String> text, ToIntFunction<Counts> count, Runnable go) {
        Button tile = new Button();
        tile.setId(id);
        tile.getStyleClass().add(Styles.BUTTON_OUTLINED);
        tile.textProperty().bind(Bindings.createStringBinding(() -> text.apply(vm.countsProperty().get()), vm.countsProperty()));
        tile.disableProperty().bind(Bindings.createBooleanBinding(() -> count.applyAsInt(vm.countsProperty().get()) == 0
                && vm.countsProperty().get().unread().isEmpty() && vm.countsProperty().get().sideUnread().isEmpty(), vm.countsProperty()));
        tile.setMinWidth(Region.USE_PREF_SIZE);
        tile.setOnAction(e -> go.run());
        return tile;
    }

    /** A column that sorts by its row comparator, kept with the column. */
    private static <T> TableColumn<HoldingRow, T> sortable(TableColumn<HoldingRow, T> column, Comparator<HoldingRow> order) {
        column.setUserData(order);
        return column;
    }

    /**
     * The table's sort order as a comparator of rows. The table's own comparator asks each column
     * for its cell value at every comparison; with thousands of rows that made one sort or one
     * filter take a frame's time several times over.
     */
    @SuppressWarnings("unchecked")
    private static Comparator<HoldingRow> rowOrder(TableView<HoldingRow> table) {
        Comparator<HoldingRow> order = null;
        for (TableColumn<HoldingRow, ?> column : table.getSortOrder()) {
            Comparator<HoldingRow> byColumn = (Comparator<HoldingRow>) column.getUserData();
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                byColumn = byColumn.reversed();
            }
            order = order == null ? byColumn : order.thenComparing(byColumn);
        }
        return order;
    }

    private static <R, T> TableColumn<R, T> column(String title, Function<R, T> value) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** An amount in the user's locale, right-aligned, to its last unit; the row says which asset it counts. */
    private <R> TableCell<R, BigDecimal> amountCell(Function<R, String> asset) {
        TableCell<R, BigDecimal> cell = new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                R row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || amount == null || row == null ? null : messages.amounts().number(amount, asset.apply(row)));
            }
        };
        cell.getStyleClass().add("numeric");
        return cell;
    }

    private static <R, T> TableCell<R, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    public Node node() {
        return root;
    }
}
