package dev.closeout.ui.alternatives;

import atlantafx.base.theme.Styles;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.plan.PlanDoor;
import dev.closeout.ui.alternatives.AssetRow.WayOut;
import dev.closeout.ui.shell.Ui;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** Withdraw everything and keep the account: free, move to Spot, convert dust, withdraw per asset, and what remains. */
final class WithdrawAllView {

    private final WithdrawAllViewModel vm;
    private final Messages messages;
    private final VBox root;
    private final VBox tied = new VBox(0);
    private final VBox assets = new VBox(12);
    private final Map<AssetRow, Node> blocks = new HashMap<>();

    WithdrawAllView(WithdrawAllViewModel vm, Messages messages) {
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
        Label nothingTied = Ui.muted(messages.get("ui.alternatives.withdraw.nothingTied"));
        nothingTied.visibleProperty().bind(Bindings.isEmpty(vm.tied()));
        nothingTied.managedProperty().bind(nothingTied.visibleProperty());
        vm.tied().addListener((ListChangeListener<TiedRow>) c -> renderTied());
        renderTied();

        Button move = button(messages.get("ui.alternatives.withdraw.moveAll"), Feather.CORNER_DOWN_RIGHT, "withdraw-move-all");
        move.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(vm.outsideSpot())));
        move.setOnAction(e -> vm.moveAllToSpot());
        onWebsite(move, vm.movePageProperty());
        Label nothingOutside = Ui.muted(messages.get("ui.alternatives.withdraw.allInSpot"));
        nothingOutside.visibleProperty().bind(Bindings.isEmpty(vm.outsideSpot()));
        nothingOutside.managedProperty().bind(nothingOutside.visibleProperty());

        Button convert = button(messages.get("ui.alternatives.withdraw.convert"), Feather.REPEAT, "withdraw-convert-dust");
        convert.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(vm.dust())));
        convert.setOnAction(e -> vm.convertDust());
        onWebsite(convert, vm.dustPageProperty());
        Label noDust = Ui.muted(messages.get("ui.alternatives.withdraw.noSmall"));
        noDust.visibleProperty().bind(Bindings.isEmpty(vm.dust()));
        noDust.managedProperty().bind(noDust.visibleProperty());

        vm.assets().addListener((ListChangeListener<AssetRow>) c -> renderAssets());
        renderAssets();
        Label noAssets = Ui.muted(messages.get("ui.alternatives.withdraw.noAssets"));
        noAssets.visibleProperty().bind(Bindings.isEmpty(vm.assets()));
        noAssets.managedProperty().bind(noAssets.visibleProperty());

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
                () -> row.amount().stripTrailingZeros().toPlainString() + " " + row.asset(), row.amountProperty()));
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
        ComboBox<WithdrawalNetwork> network = new ComboBox<>();
        network.setId("withdraw-network-" + id);
        network.getItems().setAll(row.networks());
        network.setConverter(new StringConverter<>() {
            @Override
            public String toString(WithdrawalNetwork n) {
                return n == null ? "" : messages.get("ui.withdraw.networkChoice", n.name(), n.minimum().toPlainString(),
                        n.fee().toPlainString(), n.asset());
            }

            @Override
            public WithdrawalNetwork fromString(String text) {
                return null;
            }
        });
        network.valueProperty().bindBidirectional(row.networkProperty());
        TextField address = new TextField();
        address.setId("withdraw-address-" + id);
        address.setPromptText(messages.get("ui.alternatives.withdraw.addressPrompt"));
        address.setPrefColumnCount(34);
        address.textProperty().bindBidirectional(row.addressProperty());
        Label check = Ui.muted("");
        check.setId("withdraw-check-" + id);
        check.textProperty().bind(row.addressCheckProperty());
        row.addressOkProperty().addListener((obs, old, ok) -> style(check, ok));
        style(check, row.addressOkProperty().get());
        Label fee = Ui.muted("");
        fee.setId("withdraw-fee-" + id);
        fee.textProperty().bind(row.feeProperty());
        Button send = new Button(messages.get("ui.alternatives.withdraw.send", row.asset()), Ui.icon(Feather.SEND));
        send.setId("withdraw-send-" + id);
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(row.canWithdrawProperty().not().or(vm.busyProperty()));
        send.setOnAction(e -> vm.withdraw(row));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("ui.withdraw.network")), network);
        grid.addRow(1, new Label(messages.get("ui.withdraw.address")), address);
        check.visibleProperty().bind(row.addressCheckProperty().isNotEmpty());
        check.managedProperty().bind(check.visibleProperty());
        grid.add(new VBox(6, check, fee, send), 1, 2);
        return grid;
    }

    private static void style(Label check, boolean ok) {
        check.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
        check.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
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

    Node node() {
        return root;
    }
}
