package dev.closeout.ui.alternatives.withdraw;

import static dev.closeout.ui.withdrawal.WithdrawalFormViewModel.plain;

import dev.closeout.closure.ReportWording;
import dev.closeout.closure.WayOut;
import dev.closeout.closure.Withdrawals;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.util.Optional;

/** How each asset leaves, in words: why it cannot be withdrawn, its cheapest way out, and its button. */
final class WayOuts {

    private final Messages messages;
    private final ReportWording wording;

    WayOuts(Messages messages, ReportWording wording) {
        this.messages = messages;
        this.wording = wording;
    }

    String explain(AssetRow row, WayOut way, Optional<BigDecimal> value) {
        if (way == WayOut.WITHDRAW) {
            return "";
        }
        // Where the exchange withdraws on its website, its networks and minimums are there, not known here.
        String why = row.page() != null ? "" : Withdrawals.smallestMinimum(row.form().networks())
                .map(n -> messages.get("ui.alternatives.withdraw.underMinimum", plain(row.form().amount()), row.asset(),
                        plain(n.minimum()), n.name()))
                .orElseGet(() -> messages.get("ui.alternatives.withdraw.noNetwork", row.asset()));
        String usd = value.map(wording::usd).orElse("");
        String out = switch (way) {
            case SELL -> messages.get("ui.alternatives.withdraw.way.sell", usd, WayOut.MINIMUM_ORDER_USDT.toPlainString());
            case CONVERT -> messages.get("ui.alternatives.withdraw.way.convert", usd, WayOut.MINIMUM_ORDER_USDT.toPlainString());
            default -> messages.get("ui.alternatives.withdraw.way.stays");
        };
        return (why + " " + out).strip();
    }

    /** The label of an asset's way out, for its button; empty when there is nothing to press. */
    String label(WayOut way) {
        return switch (way) {
            case SELL -> messages.get("ui.eligibility.choice.SELL");
            case CONVERT -> messages.get("ui.alternatives.withdraw.convertAll");
            default -> "";
        };
    }
}
