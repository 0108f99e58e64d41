package dev.closeout.ui.alternatives;

import dev.closeout.closure.ReportWording;
import dev.closeout.closure.WayOut;
import dev.closeout.closure.Withdrawals;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.util.Optional;

/** How each asset leaves, in words: the network's fee, or why it cannot be withdrawn and its cheapest way out. */
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
        String why = row.page() != null ? "" : Withdrawals.smallestMinimum(row.networks())
                .map(n -> messages.get("ui.alternatives.withdraw.underMinimum", plain(row.amount()), row.asset(),
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

    void describeFee(AssetRow row) {
        WithdrawalNetwork n = row.networkProperty().get();
        if (n == null || row.way() != WayOut.WITHDRAW) {
            row.setFee("");
        } else if (row.amount().compareTo(n.minimum()) < 0) {
            row.setFee(messages.get("ui.alternatives.withdraw.networkMinimum", plain(n.minimum()), row.asset(), n.name()));
        } else {
            row.setFee(messages.get("ui.alternatives.withdraw.fee", plain(n.fee()), plain(n.minimum()),
                    plain(n.arriving(row.amount()).max(BigDecimal.ZERO)), row.asset()));
        }
    }

    /** The label of an asset's way out, for its button; empty when there is nothing to press. */
    String label(WayOut way) {
        return switch (way) {
            case SELL -> messages.get("ui.eligibility.choice.SELL");
            case CONVERT -> messages.get("ui.alternatives.withdraw.convertAll");
            default -> "";
        };
    }

    /** An amount as people write it: no trailing zeros. */
    static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
