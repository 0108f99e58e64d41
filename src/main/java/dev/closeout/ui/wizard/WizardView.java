package dev.closeout.ui.wizard;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The stepper, the current page, and Back and Next. Pages are built once, on first visit, and kept. */
public final class WizardView {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final BorderPane root = new BorderPane();
    private final Map<WizardStep, Supplier<Node>> builders;
    private final Map<WizardStep, Node> built = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, Button> stepLabels = new EnumMap<>(WizardStep.class);
    private final ScrollPane content = new ScrollPane();

    public WizardView(WizardViewModel vm, Messages messages, Map<WizardStep, Supplier<Node>> builders) {
        this.builders = new EnumMap<>(builders);
        HBox stepper = new HBox(6);
        stepper.getStyleClass().add("stepper");
        int number = 1;
        for (WizardStep step : WizardStep.SHOWN) {
            // A step is a button: a done one goes back to it; the others say where the person is and take no click.
            Button label = new Button(number++ + "  " + messages.get("ui.wizard.step." + step.name()));
            label.getStyleClass().add("step");
            label.setId("stepper-" + step.name().toLowerCase(Locale.ROOT));
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setOnAction(e -> vm.backTo(step));
            stepLabels.put(step, label);
            stepper.getChildren().add(label);
            if (step != WizardStep.STATUS) {
                Region line = new Region();
                line.getStyleClass().add("step-line");
                HBox.setHgrow(line, Priority.ALWAYS);
                stepper.getChildren().add(line);
            }
        }
        content.setFitToWidth(true);
        content.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        Button back = new Button(messages.get("ui.wizard.back"));
        back.setId("wizard-back");
        back.setMnemonicParsing(true);
        back.setCancelButton(false);
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button next = new Button(messages.get("ui.wizard.next"));
        next.setId("wizard-next");
        next.setMnemonicParsing(true);
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(true);
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.setOnAction(e -> vm.next());
        // Confirm's own button is the way on from there: a Next that could never be pressed would only be a second answer.
        next.visibleProperty().bind(vm.currentProperty().isNotEqualTo(WizardStep.CONFIRM));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(10, back, gap, next);
        footer.getStyleClass().add("wizard-footer");
        footer.visibleProperty().bind(vm.currentProperty().isNotEqualTo(WizardStep.STATUS));
        footer.managedProperty().bind(footer.visibleProperty());

        root.setTop(stepper);
        root.setCenter(content);
        root.setBottom(footer);
        // The stepper and Back and Next keep to the page's column, so Next sits under the page, not a screen away.
        BorderPane.setAlignment(stepper, Pos.CENTER);
        BorderPane.setAlignment(footer, Pos.CENTER);
        vm.currentProperty().addListener((obs, old, step) -> show(step));
        show(vm.current());
    }

    private void show(WizardStep step) {
        content.setContent(Ui.centred(built.computeIfAbsent(step, s -> builders.get(s).get())));
        content.setVvalue(0);
        for (WizardStep shown : WizardStep.SHOWN) {
            Button label = stepLabels.get(shown);
            boolean done = shown.ordinal() < step.ordinal();
            label.pseudoClassStateChanged(ACTIVE, shown == step);
            label.pseudoClassStateChanged(DONE, done);
            // Only a done step can be gone back to, and none once the closure is requested.
            label.setFocusTraversable(done && step != WizardStep.STATUS);
            label.setMouseTransparent(!done || step == WizardStep.STATUS);
        }
    }

    public Node node() {
        return root;
    }
}
