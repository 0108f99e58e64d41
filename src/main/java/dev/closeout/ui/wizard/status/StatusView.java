package dev.closeout.ui.wizard.status;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.shell.Ui;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Closing, with the queue's progress and "no operations are permitted"; then Closed, and what re-registering means. */
public final class StatusView {

    private final VBox root;

    public StatusView(StatusViewModel vm, Messages messages) {
        Label status = Ui.title("");
        status.setId("closure-status");
        status.textProperty().bind(vm.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        Label detail = Ui.text("");
        detail.textProperty().bind(vm.detailProperty());
        Label noOperations = Ui.muted(messages.get("ui.status.noOperations"));
        noOperations.visibleProperty().bind(vm.closedProperty().not());
        noOperations.managedProperty().bind(vm.closedProperty().not());
        Label reRegister = Ui.text(messages.get("ui.status.reRegister"));
        reRegister.getStyleClass().add(Styles.ACCENT);
        reRegister.visibleProperty().bind(vm.closedProperty());
        reRegister.managedProperty().bind(vm.closedProperty());
        root = Ui.page(status, progress, detail, noOperations, reRegister);
        root.setId("step-status");
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()),
                new KeyFrame(Duration.seconds(3), e -> vm.refresh()));
        poll.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
    }

    public Node node() {
        return root;
    }
}
