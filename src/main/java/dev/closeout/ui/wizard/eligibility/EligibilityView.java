package dev.closeout.ui.wizard.eligibility;

import atlantafx.base.theme.Styles;
import dev.closeout.closure.FixChoice;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.KeepFocus;
import dev.closeout.ui.account.Result;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.withdrawal.WithdrawalFormView;
import dev.closeout.ui.withdrawal.WithdrawalFormViewModel;
import dev.closeout.ui.plan.PlanDoor;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The seven conditions with their findings and fixes, the fix-everything button, and the live list of results. */
public final class EligibilityView {

    private final VBox root;
    private final VBox conditions = new VBox(12);
    private final EligibilityViewModel vm;
    private final Messages messages;
    private final Window owner;

    public EligibilityView(EligibilityViewModel vm, Messages messages, Window owner) {
        this.vm = vm;
        this.messages = messages;
        this.owner = owner;
        Button fixAll = new Button(messages.get("ui.eligibility.fixAll"), Ui.icon(Feather.ZAP));
        fixAll.setId("fix-all");
        fixAll.getStyleClass().add(Styles.ACCENT);
        fixAll.disableProperty().bind(vm.busyProperty().or(vm.validProperty()));
        fixAll.setOnAction(e -> vm.fixEverything());
        Button recheck = new Button(messages.get("ui.eligibility.recheck"), Ui.icon(Feather.REFRESH_CW));
        recheck.setId("recheck");
        recheck.disableProperty().bind(vm.busyProperty());
        recheck.setOnAction(e -> vm.checkAgain());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());

        Label summary = Ui.heading("");
        summary.setId("eligibility-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label earliest = Ui.text("");
        earliest.setId("eligibility-earliest");
        earliest.setWrapText(true);
        earliest.textProperty().bind(vm.earliestProperty());
        earliest.visibleProperty().bind(vm.earliestProperty().isNotEmpty());
        earliest.managedProperty().bind(earliest.visibleProperty());
        Label error = Ui.text("");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        Label handOff = Ui.muted("");
        handOff.setId("eligibility-hand-off");
        handOff.textProperty().bind(vm.handOffNoteProperty());
        handOff.visibleProperty().bind(vm.handOffNoteProperty().isNotEmpty());
        handOff.managedProperty().bind(handOff.visibleProperty());

        ListView<String> results = new ListView<>(vm.results());
        results.setId("fix-results");
        results.setPrefHeight(120);
        results.getStyleClass().add(Styles.DENSE);

        HBox actions = new HBox(10, fixAll, recheck, PlanDoor.button(messages, "eligibility-plan"), progress);
        root = Ui.page(Ui.title(messages.get("ui.eligibility.title")), Ui.muted(messages.get("ui.eligibility.typical")),
                summary, earliest, handOff, actions, error, conditions, Ui.heading(messages.get("ui.eligibility.results")), results);
        root.setId("step-eligibility");
        KeepFocus.onPage(root, vm.busyProperty());
        vm.conditions().addListener((ListChangeListener<ConditionRow>) change -> render());
        render();
    }

    private void render() {
        conditions.getChildren().clear();
        for (ConditionRow row : vm.conditions()) {
            FontIcon mark = Ui.icon(row.met() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE);
            mark.getStyleClass().add(row.met() ? Styles.SUCCESS : Styles.DANGER);
            Label title = new Label(row.title(), mark);
            title.getStyleClass().addAll(Styles.TITLE_4, "condition");
            title.setId("condition-" + row.condition().name());
            VBox block = new VBox(6, title);
            for (FindingRow finding : row.findings()) {
                block.getChildren().add(findingLine(finding));
            }
            conditions.getChildren().add(block);
        }
    }

    private Node findingLine(FindingRow row) {
        Label item = row.gone() ? Ui.muted(row.item()) : Ui.text(row.item());
        VBox words = new VBox(2, item);
        if (!row.fix().isEmpty()) {
            words.getChildren().add(Ui.muted(row.fix()));
        }
        if (row.result() != null) {
            // The answer where the action was asked for: the row turns into its result.
            Label answer = Ui.text(row.result().text());
            answer.getStyleClass().addAll("finding-result", row.result().accepted() ? Styles.SUCCESS
                    : row.result().outcome() == Result.Outcome.REFUSED ? Styles.DANGER : Styles.TEXT_MUTED);
            words.getChildren().add(answer);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox line = new HBox(10, words);
        line.getStyleClass().add("finding");
        for (FixChoice choice : row.choices()) {
            Button button = new Button(vm.choiceLabel(row, choice));
            button.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            if (choice == FixChoice.OPEN_ON_EXCHANGE) {
                button.setGraphic(Ui.icon(Feather.EXTERNAL_LINK));
                button.getStyleClass().add("open-on-exchange");
            } else {
                button.disableProperty().bind(vm.busyProperty());
            }
            button.setOnAction(e -> {
                if (choice == FixChoice.WITHDRAW) {
                    vm.withdrawalForm(row, form -> withdrawFrom(row, form));
                } else {
                    vm.fix(row, choice);
                }
            });
            line.getChildren().add(button);
        }
        return line;
    }

    public Node node() {
        return root;
    }

    /** The withdrawal form in its dialog; a no on its review opens it again as it was typed, for the person to correct or cancel. */
    private void withdrawFrom(FindingRow row, WithdrawalFormViewModel form) {
        WithdrawalFormView.showDialog(owner, form, messages, sent -> {
            if (!vm.withdraw(row, sent)) {
                withdrawFrom(row, sent);
            }
        });
    }
}
