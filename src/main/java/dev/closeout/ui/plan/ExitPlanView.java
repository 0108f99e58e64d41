package dev.closeout.ui.plan;

import atlantafx.base.theme.Styles;
import dev.closeout.closure.plan.PlanWording;
import dev.closeout.closure.plan.Totals;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.plan.ExitPlanViewModel.Where;
import dev.closeout.ui.account.Result;
import dev.closeout.ui.account.Ui;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Exit plan": where the money goes, the totals beside the naive way's, the next step with "Run the next
 * step", a chart of where the value goes (arrives, fees, left behind), and every step on a timeline.
 */
public final class ExitPlanView {

    private final ScrollPane root;
    private final ExitPlanViewModel vm;
    private final Messages messages;
    private final VBox timeline = new VBox(2);
    private final XYChart.Series<String, Number> arriving = new XYChart.Series<>();
    private final XYChart.Series<String, Number> fees = new XYChart.Series<>();
    private final XYChart.Series<String, Number> left = new XYChart.Series<>();
    private final NumberAxis usd = new NumberAxis();
    private final Label axisFrom = Ui.muted("");

    public ExitPlanView(ExitPlanViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        Label prices = Ui.muted("");
        prices.setId("plan-prices");
        prices.textProperty().bind(vm.pricesProperty());
        Label error = Ui.text("");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label rules = Ui.muted("");
        rules.setId("plan-rules");
        rules.textProperty().bind(vm.rulesProperty());
        vm.steps().addListener((ListChangeListener<StepRow>) c -> renderSteps());
        renderSteps();
        VBox page = Ui.page(Ui.title(messages.get("ui.plan.title")), Ui.muted(messages.get("ui.plan.intro")), prices, choice(), error,
                totals(), next(), chart(), Ui.heading(messages.get("ui.plan.steps")), timeline, rules);
        page.setId("plan-page");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
    }

    /** Each asset to its own address, or everything as one asset on one network; trades or none. */
    private Node choice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton each = new RadioButton(messages.get("ui.plan.where.each"));
        each.setId("plan-where-each");
        RadioButton one = new RadioButton(messages.get("ui.plan.where.one"));
        one.setId("plan-where-one");
        each.setToggleGroup(group);
        one.setToggleGroup(group);
        (vm.whereProperty().get() == Where.ALL_AS_ONE ? one : each).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> vm.whereProperty().set(now == one ? Where.ALL_AS_ONE : Where.EACH_TO_ITS_OWN));
        ComboBox<WithdrawalNetwork> target = new ComboBox<>(vm.targets());
        target.setId("plan-target");
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.disableProperty().bind(one.selectedProperty().not());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(WithdrawalNetwork n) {
                return n == null ? "" : messages.get("ui.plan.target", n.asset(), n.name());
            }

            @Override
            public WithdrawalNetwork fromString(String text) {
                return null;
            }
        });
        CheckBox trading = new CheckBox(messages.get("ui.plan.trading"));
        trading.setId("plan-trading");
        trading.selectedProperty().bindBidirectional(vm.tradingProperty());
        HBox asOne = new HBox(10, one, target);
        asOne.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, Ui.heading(messages.get("ui.plan.where")), each, asOne, trading);
    }

    private Node totals() {
        Label summary = Ui.text("");
        summary.setId("plan-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label naive = Ui.muted("");
        naive.setId("plan-naive");
        naive.textProperty().bind(vm.naiveSummaryProperty());
        Label saving = Ui.heading("");
        saving.setId("plan-saving");
        saving.textProperty().bind(vm.savingProperty());
        VBox box = new VBox(6, saving, summary, naive);
        box.getStyleClass().add("card-row");
        return box;
    }

    /** Where the value goes, for the plan and for the naive way: what arrives, the fees, what stays. */
    private Node chart() {
        CategoryAxis ways = new CategoryAxis();
        usd.setLabel(messages.get("ui.dashboard.chartAxis"));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(ways, usd);
        chart.setId("plan-chart");
        chart.setTitle(messages.get("ui.plan.chart"));
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        arriving.setName(messages.get("ui.plan.chart.arriving"));
        fees.setName(messages.get("ui.plan.chart.fees"));
        left.setName(messages.get("ui.plan.chart.left"));
        chart.getData().addAll(List.of(arriving, fees, left));
        vm.totalsProperty().addListener((obs, old, now) -> plot());
        vm.naiveProperty().addListener((obs, old, now) -> plot());
        plot();
        axisFrom.setId("plan-chart-from");
        return new VBox(4, chart, axisFrom);
    }

    /** The chart draws doubles; the amounts themselves stay exact in the ViewModel. */
    private void plot() {
        Totals plan = vm.totalsProperty().get();
        Totals naive = vm.naiveProperty().get();
        if (plan == null || naive == null) {
            return;
        }
        zoom(plan, naive);
        String planned = messages.get("ui.plan.chart.plan");
        String alone = messages.get("ui.plan.chart.naive");
        put(arriving, planned, alone, plan, naive, Totals::arriving);
        put(fees, planned, alone, plan, naive, Totals::fees);
        put(left, planned, alone, plan, naive, Totals::leftBehind);
    }

    /**
     * Fees and what stays are a sliver of most accounts: the axis starts below the smaller arrival by
     * half of what does not arrive, so that both show, and the label under the chart says where it starts.
     */
    private void zoom(Totals plan, Totals naive) {
        double top = plan.valueNow().doubleValue();
        double lowest = Math.min(plan.arriving().doubleValue(), naive.arriving().doubleValue());
        double lost = top - lowest;
        double from = lost <= 0 || top <= 0 ? 0 : Math.max(0, Math.floor(lowest - lost / 2));
        usd.setAutoRanging(from == 0);
        axisFrom.setText(from == 0 ? "" : messages.get("ui.plan.chart.from", new PlanWording(messages).usd(BigDecimal.valueOf(from))));
        if (from > 0) {
            usd.setLowerBound(from);
            usd.setUpperBound(Math.ceil(top + lost / 10));
            usd.setTickUnit(Math.max(1, Math.ceil((top - from) / 5)));
        }
    }

    private static void put(XYChart.Series<String, Number> series, String planned, String alone, Totals plan, Totals naive,
            Function<Totals, BigDecimal> part) {
        series.getData().setAll(List.of(new XYChart.Data<>(planned, part.apply(plan).doubleValue()),
                new XYChart.Data<>(alone, part.apply(naive).doubleValue())));
    }

    /** The next step, the address a withdrawal Closeout sends needs, and the button that runs it. */
    private Node next() {
        Label next = Ui.text("");
        next.setId("plan-next");
        next.getStyleClass().add(Styles.TEXT_BOLD);
        next.textProperty().bind(vm.nextProperty());
        TextField address = new TextField();
        address.setId("plan-address");
        address.setPromptText(messages.get("ui.plan.address"));
        address.textProperty().bindBidirectional(vm.addressProperty());
        address.visibleProperty().bind(vm.needsAddressProperty());
        address.managedProperty().bind(address.visibleProperty());
        HBox.setHgrow(address, Priority.ALWAYS);
        Button run = new Button("", Ui.icon(Feather.PLAY));
        run.setId("plan-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.textProperty().bind(vm.runLabelProperty());
        run.disableProperty().bind(vm.canRunProperty().not().or(vm.busyProperty()));
        run.setOnAction(e -> vm.runNext());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        Label answer = Ui.text("");
        answer.setId("plan-result");
        vm.resultProperty().addListener((obs, old, now) -> {
            answer.setText(now == null ? "" : now.text());
            answer.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now != null && now.outcome() != Result.Outcome.NOTE) {
                answer.getStyleClass().add(now.accepted() ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        HBox actions = new HBox(10, address, run, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, next, actions, answer);
    }

    /** Each step: when, what, what it costs and brings; the next one marked, what stays muted, what was asked struck through. */
    private void renderSteps() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.setId("plan-steps");
        int line = 0;
        for (StepRow row : vm.steps()) {
            Label when = Ui.muted(row.when());
            when.setMinWidth(150);
            Label what = Ui.text(row.what());
            what.setMaxWidth(560);
            Label money = Ui.muted(row.money());
            if (row.next()) {
                what.getStyleClass().add(Styles.TEXT_BOLD);
                what.setGraphic(Ui.icon(Feather.CHEVRONS_RIGHT));
            } else if (row.stays()) {
                what.getStyleClass().add(Styles.WARNING);
            } else if (row.asked()) {
                what.getStyleClass().add(Styles.TEXT_MUTED);
            }
            grid.addRow(line++, when, what, money);
        }
        timeline.getChildren().setAll(grid);
    }

    public Node node() {
        return root;
    }
}
