package dev.closeout.ui.shell;

import dev.closeout.closure.AccountChanges;
import dev.closeout.closure.ReportWording;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.Ui;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.feather.Feather;

/**
 * Tells, in a toast over the window's corner, what changed in the account by itself: a deposit
 * that landed, staking released, a wait that ended, the closure moving on. ControlsFX's
 * Notifications: a popup that stacks, places itself on the owner and goes after a while, which
 * neither JavaFX nor AtlantaFX offers.
 */
final class ChangeToasts {

    /** At most this many wallets are named; the rest are counted. */
    private static final int NAMED = 4;
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private ChangeToasts() {
    }

    /** From now on, each change the account makes by itself is told over {@code owner}. */
    static void install(AccountState account, Window owner) {
        Messages messages = account.messages();
        ChangeListener<AccountChanges> tell = (obs, old, changes) -> {
            if (changes != null && owner.isShowing()) {
                Notifications.create().owner(owner).title(messages.get("ui.changes.title")).text(text(changes, messages))
                        .graphic(Ui.icon(Feather.BELL)).position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR).show();
            }
        };
        account.unaskedProperty().addListener(tell);
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
