package dev.closeout.ui.alternatives;

import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import java.util.List;

/** Checks each asset's withdrawal address as it is typed: nothing said while it is empty; the exchange's answer once it is not. */
final class AddressChecks {

    private final AccountState account;
    private final Messages messages;
    private final ReportWording wording;
    private final WayOuts wayOuts;

    AddressChecks(AccountState account, ReportWording wording, WayOuts wayOuts) {
        this.account = account;
        this.messages = account.messages();
        this.wording = wording;
        this.wayOuts = wayOuts;
    }

    /** A row whose fee and address check follow the network chosen and the address typed. */
    AssetRow newRow(String asset, List<WithdrawalNetwork> on) {
        AssetRow row = new AssetRow(asset, on);
        row.networkProperty().addListener((obs, old, chosen) -> {
            wayOuts.describeFee(row);
            check(row);
        });
        row.addressProperty().addListener((obs, old, typed) -> check(row));
        return row;
    }

    private void check(AssetRow row) {
        WithdrawalNetwork n = row.networkProperty().get();
        String typed = row.addressProperty().get() == null ? "" : row.addressProperty().get().strip();
        int check = ++row.checks;
        if (n == null || typed.isEmpty()) {
            row.setAddressCheck("", false);
            return;
        }
        account.executors().run(() -> account.service().addressProblem(row.asset(), n.network(), typed), problem -> {
            if (check != row.checks) {
                return;
            }
            row.setAddressCheck(problem.map(messageKey -> "\u2717 " + wording.answer(
                    new ActionResult(ActionResult.Outcome.REFUSED, messageKey, List.of(n.name()))))
                    .orElseGet(() -> messages.get("ui.alternatives.withdraw.addressOk", n.name())), problem.isEmpty());
        }, failure -> {
            if (check == row.checks) {
                row.setAddressCheck(account.describe(failure), false);
            }
        });
    }
}
