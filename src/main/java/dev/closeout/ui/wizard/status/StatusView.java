package dev.closeout.ui.wizard.status;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * Closing, with the queue's progress and "no operations are permitted"; then Closed, and what
 * re-registering means. Where the website closes accounts: whether the exchange still answers,
 * "Check again", the closure page again, and the way back to Confirm.
 */
public final class StatusView {

    private final VBox root;

    /** {@code backToConfirm} goes back to Confirm, where the website closes accounts. */
    public StatusView(StatusViewModel vm, Messages messages, Runnable backToConfirm) {
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
        root = vm.onWebsite() ? Ui.page(status, detail, Ui.muted(messages.get("ui.status.website.typical")),
                websiteActions(vm, messages, backToConfirm)) : Ui.page(status, progress, detail, noOperations, reRegister);
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

    private static Node websiteActions(StatusViewModel vm, Messages messages, Runnable backToConfirm) {
        Button again = new Button(messages.get("ui.status.website.checkAgain"), Ui.icon(Feather.REFRESH_CW));
        again.setId("status-check-again");
        again.getStyleClass().add(Styles.ACCENT);
        again.setOnAction(e -> vm.checkAgain());
        Button page = Ui.opens(messages.get("ui.status.website.open"), "status-open-closure-page", vm::openClosurePage);
        Hyperlink back = new Hyperlink(messages.get("ui.status.website.back"), Ui.icon(Feather.ARROW_LEFT));
        back.setId("status-back-to-confirm");
        back.setOnAction(e -> backToConfirm.run());
        HBox actions = new HBox(10, again, page, back);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    public Node node() {
        return root;
    }
}
