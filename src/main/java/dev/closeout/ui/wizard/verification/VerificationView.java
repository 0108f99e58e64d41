package dev.closeout.ui.wizard.verification;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/** One row per enabled method: send a code, type it, see it verified; attempts left or the lockout below. */
public final class VerificationView {

    private final VBox root;
    private final GridPane rows = new GridPane();
    private final VerificationViewModel vm;
    private final Messages messages;
    private final Timeline ticker;

    public VerificationView(VerificationViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        rows.setHgap(12);
        rows.setVgap(12);
        Label message = Ui.text("");
        message.setId("verification-message");
        message.textProperty().bind(vm.messageProperty());
        Label attempts = Ui.muted("");
        attempts.setId("verification-attempts");
        attempts.textProperty().bind(vm.attemptsProperty());
        // A lockout is a warning, not a muted aside: it says when it ends.
        vm.lockedProperty().addListener((obs, was, locked) -> {
            attempts.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            attempts.getStyleClass().add(locked ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        Label unlocks = Ui.text("");
        unlocks.setId("verification-unlocks");
        unlocks.getStyleClass().add(Styles.DANGER);
        unlocks.textProperty().bind(vm.lockoutEndsProperty());
        unlocks.managedProperty().bind(vm.lockoutEndsProperty().isNotEmpty());
        Label intro = Ui.muted(messages.get("ui.verification.intro"));
        for (Node here : new Node[] {intro, rows, message, attempts}) {
            here.visibleProperty().bind(vm.onWebsiteProperty().not());
            here.managedProperty().bind(here.visibleProperty());
        }
        root = Ui.page(Ui.title(messages.get("ui.verification.title")), intro, rows, message, attempts, unlocks, onWebsite(vm, messages));
        root.setId("step-verification");
        vm.methods().addListener((ListChangeListener<MethodRow>) change -> render());
        render();
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        // The countdown runs only while the page is on screen.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    /** The exchange verifies the person itself: what it typically asks, and its security page. */
    private static Node onWebsite(VerificationViewModel vm, Messages messages) {
        String exchange = vm.exchangeName();
        VBox asks = new VBox(4);
        vm.websiteAsks().forEach(line -> asks.getChildren().add(Ui.text("\u2022 " + line)));
        Button security = Ui.opens(messages.get("ui.verification.website.open", exchange), "verification-open-security", vm::openSecurityPage);
        VBox box = Ui.handOff("verification-on-website", Ui.heading(messages.get("ui.verification.website.title", exchange)),
                Ui.text(messages.get("ui.verification.website.text", exchange)),
                Ui.muted(messages.get("ui.verification.website.typical", exchange)), asks, security,
                Ui.muted(messages.get("ui.verification.website.next", exchange)));
        box.visibleProperty().bind(vm.onWebsiteProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void render() {
        rows.getChildren().clear();
        int r = 0;
        for (MethodRow row : vm.methods()) {
            String id = row.method().name().toLowerCase(Locale.ROOT);
            Label name = new Label(vm.methodName(row));
            name.getStyleClass().add(Styles.TITLE_4);
            TextField code = new TextField();
            code.setId(id + "-code");
            code.setPromptText(messages.get("ui.verification.prompt"));
            code.setPrefColumnCount(8);
            code.textProperty().bindBidirectional(row.codeProperty());
            code.disableProperty().bind(row.verifiedProperty().or(vm.lockedProperty()));
            // Next to its field: verified, or what is wrong with the code typed or the exchange's refusal of it, in red.
            Label hint = Ui.text("");
            hint.setId(id + "-feedback");
            hint.setMinWidth(Region.USE_PREF_SIZE);
            hint.textProperty().bind(Bindings.createStringBinding(() -> row.verifiedProperty().get() ? messages.get("ui.verification.verified")
                    : !row.codeProperty().get().isEmpty() && !row.wellFormedProperty().get() ? messages.get("action.verification.MALFORMED")
                    : row.refusalProperty().get(), row.codeProperty(), row.verifiedProperty(), row.refusalProperty()));
            row.verifiedProperty().addListener((obs, was, verified) -> styleFeedback(hint, verified));
            styleFeedback(hint, row.verifiedProperty().get());
            Button verify = new Button(messages.get("ui.verification.verify"));
            verify.setId("verify-" + id);
            verify.disableProperty().bind(row.wellFormedProperty().not().or(row.verifiedProperty()).or(vm.busyProperty())
                    .or(vm.lockedProperty()));
            verify.setOnAction(e -> vm.verify(row));
            code.setOnAction(e -> vm.verify(row));
            name.setMinWidth(Region.USE_PREF_SIZE);
            verify.setMinWidth(Region.USE_PREF_SIZE);
            rows.add(name, 0, r);
            if (row.sendable()) {
                Button send = new Button(messages.get("ui.verification.send"), Ui.icon(Feather.SEND));
                send.setId("send-" + id + "-code");
                send.textProperty().bind(Bindings.createStringBinding(() -> row.resendSecondsProperty().get() > 0
                        ? messages.get("ui.verification.resendIn", row.resendSecondsProperty().get())
                        : messages.get("ui.verification.send"), row.resendSecondsProperty()));
                send.disableProperty().bind(row.resendSecondsProperty().greaterThan(0).or(row.verifiedProperty())
                        .or(vm.busyProperty()).or(vm.lockedProperty()));
                send.setOnAction(e -> vm.sendCode(row));
                send.setMinWidth(Region.USE_PREF_SIZE);
                rows.add(send, 1, r);
            } else {
                Label open = Ui.muted(messages.get("ui.verification.authenticatorHint"));
                open.setMinWidth(Region.USE_PREF_SIZE);
                rows.add(open, 1, r);
            }
            rows.add(code, 2, r);
            rows.add(verify, 3, r);
            rows.add(hint, 4, r);
            r++;
        }
    }

    private static void styleFeedback(Label hint, boolean verified) {
        hint.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        hint.getStyleClass().add(verified ? Styles.SUCCESS : Styles.DANGER);
    }

    public Node node() {
        return root;
    }
}
