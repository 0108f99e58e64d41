package dev.closeout.ui.alternatives.withdraw;

import atlantafx.base.theme.Styles;
import dev.closeout.closure.WayOut;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.KeepFocus;
import dev.closeout.ui.alternatives.Lines;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.withdrawal.WithdrawalFormView;
import dev.closeout.ui.plan.PlanDoor;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Withdraw everything and keep the account: free, move to Spot, convert dust, withdraw per asset, and what remains. */
public final class WithdrawAllView {

    private final WithdrawAllViewModel vm;
    private final Messages messages;
    private final VBox root;
    private final VBox tied = new VBox(0);
    private final VBox assets = new VBox(12);
    private final Map<AssetRow, Node> blocks = new HashMap<>();

    public WithdrawAllView(WithdrawAllViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;

        Label error = Ui.text("");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button freeSafe = button(messages.get("ui.alternatives.withdraw.freeSafe"), Feather.ZAP, "withdraw-free-safe");
        freeSafe.disableProperty().bind(vm.busyProperty());
        freeSafe.setOnAction(e -> vm.freeEverythingSafe());
        Button recheck = button(messages.get("ui.eligibility.recheck"), Feather.REFRESH_CW, "withdraw-recheck");
        recheck.disableProperty().bind(vm.busyProperty());
        recheck.setOnAction(e -> vm.checkAgain());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());
        Label nothingTied = whileEmpty(vm.tied(), messages.get("ui.alternatives.withdraw.nothingTied"));
        vm.tied().addListener((ListChangeListener<TiedRow>) c -> renderTied());
        renderTied();

        Button move = step(button(messages.get("ui.alternatives.withdraw.moveAll"), Feather.CORNER_DOWN_RIGHT, "withdraw-move-all"),
                vm.outsideSpot(), vm.movePageProperty(), vm::moveAllToSpot);
        Label nothingOutside = whileEmpty(vm.outsideSpot(), messages.get("ui.alternatives.withdraw.allInSpot"));
        Button convert = step(button(messages.get("ui.alternatives.withdraw.convert"), Feather.REPEAT, "withdraw-convert-dust"),
                vm.dust(), vm.dustPageProperty(), vm::convertDust);
        Label noDust = whileEmpty(vm.dust(), messages.get("ui.alternatives.withdraw.noSmall"));

        vm.assets().addListener((ListChangeListener<AssetRow>) c -> renderAssets());
        renderAssets();
        Label noAssets = whileEmpty(vm.assets(), messages.get("ui.alternatives.withdraw.noAssets"));

        Label summary = Ui.heading("");
        summary.setId("withdraw-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label sentHeading = new Label(messages.get("ui.alternatives.withdraw.sent"));
        sentHeading.getStyleClass().add(Styles.TEXT_BOLD);
        sentHeading.visibleProperty().bind(Bindings.isNotEmpty(vm.sent()));
        sentHeading.managedProperty().bind(sentHeading.visibleProperty());
        Label remainsHeading = new Label(messages.get("ui.alternatives.withdraw.remains"));
        remainsHeading.getStyleClass().add(Styles.TEXT_BOLD);
        remainsHeading.visibleProperty().bind(Bindings.isNotEmpty(vm.remains()));
        remainsHeading.managedProperty().bind(remainsHeading.visibleProperty());
        Label kept = Ui.muted(messages.get("ui.alternatives.withdraw.kept"));

        root = Ui.page(Ui.title(messages.get("ui.alternatives.withdraw.title")), Ui.muted(messages.get("ui.alternatives.withdraw.intro")),
                error,
                step(1, messages.get("ui.alternatives.withdraw.step.free"), messages.get("ui.alternatives.withdraw.step.freeText")),
                new HBox(10, freeSafe, recheck, PlanDoor.button(messages, "withdraw-plan"), progress), nothingTied, tied,
                Lines.results(vm.freeResults(), "withdraw-free-results"),
                step(2, messages.get("ui.alternatives.withdraw.step.move"), messages.get("ui.alternatives.withdraw.step.moveText")),
                Lines.of(vm.outsideSpot(), "withdraw-outside-spot", false), nothingOutside, move,
                Lines.results(vm.moveResults(), "withdraw-move-results"),
                step(3, messages.get("ui.alternatives.withdraw.step.dust"), messages.get("ui.alternatives.withdraw.step.dustText")),
                Lines.of(vm.dust(), "withdraw-dust", false), noDust, convert,
                Lines.results(vm.dustResults(), "withdraw-dust-results"),
                step(4, messages.get("ui.alternatives.withdraw.step.assets"), messages.get("ui.alternatives.withdraw.step.assetsText")),
                noAssets, assets,
                step(5, messages.get("ui.alternatives.withdraw.step.summary"), null),
                summary, sentHeading, Lines.of(vm.sent(), "withdraw-sent", true),
                remainsHeading, Lines.of(vm.remains(), "withdraw-remains", false), kept);
        root.setId("flow-withdraw");
        KeepFocus.onPage(root, vm.busyProperty());
    }

    private Button button(String text, Feather icon, String id) {
        Button button = new Button(text, Ui.icon(icon));
        button.setId(id);
        return button;
    }

    /** A muted line shown only while {@code items} is empty: what is said when a step has nothing to do. */
    private static Label whileEmpty(ObservableList<?> items, String text) {
        Label label = Ui.muted(text);
        label.visibleProperty().bind(Bindings.isEmpty(items));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A step's button: idle while the page works or {@code lines} is empty; the exchange's page where it does the step there. */
    private Button step(Button button, ObservableList<String> lines, ReadOnlyObjectProperty<URI> page, Runnable action) {
        button.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(lines)));
        button.setOnAction(e -> action.run());
        onWebsite(button, page);
        return button;
    }

    /** While the exchange has this step done on its website, the button says so and opens the page. */
    private void onWebsite(Button button, ReadOnlyObjectProperty<URI> page) {
        String here = button.getText();
        Node icon = button.getGraphic();
        Runnable label = () -> {
            button.setText(page.get() == null ? here : vm.openLabel());
            button.setGraphic(page.get() == null ? icon : Ui.icon(Feather.EXTERNAL_LINK));
        };
        page.addListener((obs, old, now) -> label.run());
        label.run();
    }

    private Node step(int number, String titleText, String text) {
        Label n = new Label(String.valueOf(number));
        n.getStyleClass().add("step-number");
        Label title = Ui.heading(titleText);
        HBox head = new HBox(10, n, title);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head);
        box.getStyleClass().add("flow-step");
        if (text != null) {
            box.getChildren().add(Ui.muted(text));
        }
        return box;
    }

    private void renderTied() {
        tied.getChildren().clear();
        for (TiedRow row : vm.tied()) {
            Label item = Ui.text(row.item());
            Label fix = Ui.muted(row.fix());
            VBox words = new VBox(2, item, fix);
            if (row.result() != null) {
                words.getChildren().add(Lines.answer(row.result()));
            }
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox line = new HBox(10, words);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().addAll("finding", "tied");
            if (row.actionable()) {
                Button free = new Button(row.action());
                free.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
                if (row.page() != null) {
                    free.setGraphic(Ui.icon(Feather.EXTERNAL_LINK));
                }
                free.disableProperty().bind(vm.busyProperty());
                free.setOnAction(e -> vm.free(row));
                line.getChildren().add(free);
            }
            tied.getChildren().add(line);
        }
    }

    private void renderAssets() {
        blocks.keySet().retainAll(vm.assets());
        assets.getChildren().setAll(vm.assets().stream().map(row -> blocks.computeIfAbsent(row, this::block)).toList());
    }

    /** One asset: its amount, then the withdrawal form or why it cannot leave and its way out. */
    private Node block(AssetRow row) {
        String id = row.asset().toLowerCase(Locale.ROOT);
        Label amount = Ui.heading("");
        amount.textProperty().bind(Bindings.createStringBinding(
                () -> row.form().amount().stripTrailingZeros().toPlainString() + " " + row.asset(), row.form().amountProperty()));
        VBox body = new VBox(8);
        Label result = Ui.text("");
        result.setId("withdraw-result-" + id);
        Lines.show(result, row.resultProperty());
        result.visibleProperty().bind(row.resultProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());
        Runnable fill = () -> body.getChildren().setAll(row.way() == WayOut.WITHDRAW ? form(row, id) : wayOut(row, id));
        row.wayProperty().addListener((obs, old, way) -> fill.run());
        fill.run();
        VBox block = new VBox(8, amount, body, result);
        block.getStyleClass().add("asset-block");
        block.setId("asset-" + id);
        return block;
    }

    private Node form(AssetRow row, String id) {
        Button send = new Button(messages.get("ui.alternatives.withdraw.send", row.asset()), Ui.icon(Feather.SEND));
        send.setId("withdraw-send-" + id);
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(row.canWithdrawProperty().not().or(vm.busyProperty()));
        send.setOnAction(e -> vm.withdraw(row));
        // What stays behind (held by an order) is said above the form, whose amount is only what can leave.
        Label why = Ui.muted("");
        why.setId("withdraw-why-" + id);
        why.textProperty().bind(row.explanationProperty());
        why.visibleProperty().bind(row.explanationProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        return new VBox(8, why, new WithdrawalFormView(row.form(), messages, "-" + id, false).below(send).node());
    }

    private Node wayOut(AssetRow row, String id) {
        Label why = Ui.text("");
        why.textProperty().bind(row.explanationProperty());
        VBox box = new VBox(8, why);
        String label = vm.wayOutLabel(row);
        if (!label.isEmpty()) {
            Button go = new Button(label);
            go.setId("way-out-" + id);
            go.getStyleClass().add(Styles.BUTTON_OUTLINED);
            go.disableProperty().bind(vm.busyProperty());
            go.setOnAction(e -> vm.wayOut(row));
            box.getChildren().add(go);
        }
        return box;
    }

    public Node node() {
        return root;
    }
}
