package dev.closeout.ui.alternatives;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import dev.closeout.closure.DustLimit;
import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.alternatives.AssetRow.WayOut;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How each asset leaves: the network that takes it and its fee, or the cheapest way out when none does, in words. */
final class WayOuts {

    /**
     * The smallest market order exchanges typically accept, in USDT: less cannot be sold. The
     * exchange's own answer has the last word.
     */
    static final BigDecimal MINIMUM_ORDER_USDT = new BigDecimal("5");
    /** Withdrawals are taken from these. */
    private static final Set<Wallet> WITHDRAWN_FROM = EnumSet.of(Wallet.SPOT, Wallet.FUNDING);
    private final Messages messages;
    private final ReportWording wording;

    WayOuts(Messages messages, ReportWording wording) {
        this.messages = messages;
        this.wording = wording;
    }

    /** The cheapest way out for the whole amount: a network that takes it, else a sale, else BNB, else it stays. */
    static WayOut of(AssetRow row, Optional<BigDecimal> value, DustLimit dustLimit) {
        return of(row.networks(), row.asset(), row.amount(), value, dustLimit);
    }

    static WayOut of(List<WithdrawalNetwork> on, String asset, BigDecimal amount, Optional<BigDecimal> value, DustLimit dustLimit) {
        if (on.stream().anyMatch(n -> amount.compareTo(n.minimum()) >= 0 && amount.compareTo(n.fee()) > 0)) {
            return WayOut.WITHDRAW;
        }
        if (value.isEmpty()) {
            return WayOut.STAYS;
        }
        if (!"USDT".equals(asset) && value.get().compareTo(MINIMUM_ORDER_USDT) >= 0) {
            return WayOut.SELL;
        }
        if (!"BNB".equals(asset) && value.get().compareTo(dustLimit.usdLimit()) < 0) {
            return WayOut.CONVERT;
        }
        return WayOut.STAYS;
    }

    String explain(AssetRow row, WayOut way, Optional<BigDecimal> value) {
        if (way == WayOut.WITHDRAW) {
            return "";
        }
        // Where the exchange withdraws on its website, its networks and minimums are there, not known here.
        String why = row.page() != null ? "" : row.networks().stream().min(Comparator.comparing(WithdrawalNetwork::minimum))
                .map(n -> messages.get("ui.alternatives.withdraw.underMinimum", plain(row.amount()), row.asset(),
                        plain(n.minimum()), n.name()))
                .orElseGet(() -> messages.get("ui.alternatives.withdraw.noNetwork", row.asset()));
        String usd = value.map(wording::usd).orElse("");
        String out = switch (way) {
            case SELL -> messages.get("ui.alternatives.withdraw.way.sell", usd, MINIMUM_ORDER_USDT.toPlainString());
            case CONVERT -> messages.get("ui.alternatives.withdraw.way.convert", usd, MINIMUM_ORDER_USDT.toPlainString());
            default -> messages.get("ui.alternatives.withdraw.way.stays");
        };
        return (why + " " + out).strip();
    }

    /** The network with the lowest fee among those that take the whole amount; else the first. */
    static Optional<WithdrawalNetwork> cheapest(AssetRow row) {
        return row.networks().stream()
                .filter(n -> row.amount().compareTo(n.minimum()) >= 0)
                .min(Comparator.comparing(WithdrawalNetwork::fee))
                .or(() -> row.networks().stream().findFirst());
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

    /** What withdrawals can take of each asset: the free amount in Spot and Funding together. */
    static Map<String, BigDecimal> withdrawable(AccountSnapshot snapshot) {
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        for (Balance b : snapshot.balances()) {
            if (WITHDRAWN_FROM.contains(b.wallet()) && b.free().signum() > 0) {
                held.merge(b.asset(), b.free(), BigDecimal::add);
            }
        }
        return held;
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
