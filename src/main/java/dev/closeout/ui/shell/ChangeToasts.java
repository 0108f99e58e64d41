package dev.closeout.ui.shell;

import dev.closeout.closure.AccountChanges;
import dev.closeout.closure.ReportWording;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.Ui;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * Tells, in a bar that slides over the top of the page, what changed in the account by itself: a
 * deposit that landed, staking released, a wait that ended, the closure moving on. ControlsFX's
 * NotificationPane: an in-window notification that slides in over the content, with its own close
 * button, which neither JavaFX nor AtlantaFX offers (AtlantaFX's Notification is only the box). In
 * the window rather than a popup: it never covers another window or the page's Back and Next.
 */
final class ChangeToasts {

    /** At most this many wallets are named; the rest are counted. */
    private static final int NAMED = 4;
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private ChangeToasts() {
    }

    /** {@code content} inside the pane that tells each change the account makes by itself. */
    static NotificationPane around(Node content, AccountState account) {
        Messages messages = account.messages();
        NotificationPane pane = new NotificationPane(content);
        pane.setId("account-changes");
        pane.setShowFromTop(true);
        PauseTransition away = new PauseTransition(SHOWN_FOR);
        away.setOnFinished(e -> pane.hide());
        account.unaskedProperty().addListener((obs, old, changes) -> {
            if (changes != null) {
                pane.show(messages.get("ui.changes.title") + "\n" + text(changes, messages), Ui.icon(Feather.BELL));
                away.playFromStart();
            }
        });
        return pane;
    }

    /** The changes, a line each: the wallets that gained or lost, the status, the blockers gone or new. */
    static String text(AccountChanges changes, Messages messages) {
        ReportWording wording = new ReportWording(messages);
        List<String> lines = new ArrayList<>();
        if (changes.statusBefore() != changes.statusAfter()) {
            lines.add(messages.get("ui.changes.status", messages.get("ui.status." + changes.statusBefore().name()),
                    messages.get("ui.status." + changes.statusAfter().name())));
        }
        changes.balances().stream().limit(NAMED).forEach(b -> lines.add(messages.get(b.by().signum() > 0 ? "ui.changes.more" : "ui.changes.less",
                messages.amounts().of(b.by().abs(), b.asset()), wording.wallet(b.wallet()))));
        if (changes.balances().size() > NAMED) {
            lines.add(messages.get("ui.changes.otherWallets", changes.balances().size() - NAMED));
        }
        if (changes.blockersCleared() > 0) {
            lines.add(messages.get("ui.changes.cleared", changes.blockersCleared()));
        }
        if (changes.blockersAdded() > 0) {
            lines.add(messages.get("ui.changes.added", changes.blockersAdded()));
        }
        return String.join("\n", lines);
    }
}
