package dev.closeout.ui.alternatives.disable;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.KeepFocus;
import dev.closeout.ui.alternatives.Lines;
import dev.closeout.ui.account.Ui;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The checklist of features to switch off, each with its own button and result, and one button for every ticked line. */
public final class DisableFeaturesView {

    private final VBox root;

    public DisableFeaturesView(DisableFeaturesViewModel vm, Messages messages) {
        VBox lines = new VBox(0);
        for (FeatureRow row : vm.rows()) {
            String id = row.feature().name().toLowerCase(Locale.ROOT).replace('_', '-');
            CheckBox tick = new CheckBox(row.title());
            tick.setId("disable-select-" + id);
            tick.getStyleClass().add(Styles.TEXT_BOLD);
            tick.selectedProperty().bindBidirectional(row.selectedProperty());
            tick.disableProperty().bind(row.onlyOnWebsiteProperty().or(row.nothingLeftProperty()));
            Label detail = Ui.muted("");
            detail.textProperty().bind(row.detailProperty());
            Label result = Ui.text("");
            result.setId("disable-result-" + id);
            Lines.show(result, row.resultProperty());
            result.visibleProperty().bind(row.resultProperty().isNotNull());
            result.managedProperty().bind(result.visibleProperty());
            VBox words = new VBox(4, tick, detail, result);
            HBox.setHgrow(words, Priority.ALWAYS);
            Button run = new Button(messages.get("ui.alternatives.disable.runOne"));
            run.setId("disable-run-" + id);
            run.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            run.disableProperty().bind(vm.busyProperty().or(row.nothingLeftProperty()));
            run.setOnAction(e -> vm.run(row));
            run.setMinWidth(Region.USE_PREF_SIZE);
            run.visibleProperty().bind(row.onlyOnWebsiteProperty().not());
            run.managedProperty().bind(run.visibleProperty());
            Button open = Ui.opens(vm.openLabel(), "disable-open-" + id, () -> vm.openPage(row));
            open.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            open.visibleProperty().bind(row.pageProperty().isNotNull());
            open.managedProperty().bind(open.visibleProperty());
            open.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(12, words, open, run);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("feature-line");
            lines.getChildren().add(line);
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());
        Button all = new Button(messages.get("ui.alternatives.disable.runAll"), Ui.icon(Feather.TOGGLE_LEFT));
        all.setId("disable-run-all");
        all.getStyleClass().add(Styles.ACCENT);
        all.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> vm.rows().stream().noneMatch(r -> r.selectedProperty().get()),
                vm.rows().stream().map(FeatureRow::selectedProperty).toArray(Observable[]::new))));
        all.setOnAction(e -> vm.runSelected());
        Label error = Ui.text("");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        HBox actions = new HBox(10, all, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = Ui.page(Ui.title(messages.get("ui.alternatives.disable.title")), Ui.muted(messages.get("ui.alternatives.disable.intro")),
                error, lines, actions);
        root.setId("flow-disable");
        KeepFocus.onPage(root, vm.busyProperty());
    }

    public Node node() {
        return root;
    }
}
