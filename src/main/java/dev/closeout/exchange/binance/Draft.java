package dev.closeout.exchange.binance;

import dev.closeout.account.ApiKey;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Position;
import dev.closeout.account.RecurringPlan;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The snapshot while the readings are mapped into it, one reading after another. */
final class Draft {

    /** Spot lines by asset: /api/v3/account gives free and locked, getUserAsset adds what is frozen. */
    final Map<String, BigDecimal[]> spot = new LinkedHashMap<>();
    final List<Balance> balances = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();
    final List<EarnPosition> earn = new ArrayList<>();
    final List<StakingPosition> staking = new ArrayList<>();
    final List<MappedOrder> orders = new ArrayList<>();
    final List<P2pOrder> p2pOrders = new ArrayList<>();
    final List<SubAccount> subAccounts = new ArrayList<>();
    final List<PendingTransfer> transfers = new ArrayList<>();
    final Map<String, RecurringPlan> plans = new LinkedHashMap<>();
    /** Binance's wallet names with their BTC totals, as answered. */
    final Map<String, BigDecimal> walletTotals = new LinkedHashMap<>();
    /** USD prices by asset, from the USDT pairs. */
    final Map<String, BigDecimal> usdPrices = new TreeMap<>();
    /** BTC per unit of the balances Binance would convert to BNB, from its own valuation. */
    final Map<String, BigDecimal> dustBtcPrices = new TreeMap<>();
    /** What On-chain Yields holds, valued by Binance; its positions are not listed. */
    BigDecimal onchainYieldsBtc;
    BigDecimal onchainYieldsUsdt;
    String uid;
    String accountStatus;
    Integer vipLevel;
    ApiKey apiKey;
    /** Binance's "Enable European Options" switch of the key; null until its permissions are read. */
    Boolean optionsTrading;

    /** An open order and where it lives on Binance. */
    record MappedOrder(dev.closeout.account.OpenOrder order, OrderRef ref) {
    }

    BigDecimal[] spotLine(String asset) {
        return spot.computeIfAbsent(asset, a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }

    /** Adds a balance line unless every amount on it is zero: the snapshot lists what is held. */
    void addHeld(Balance b) {
        if (!Json.isZero(b.free()) || !Json.isZero(b.locked()) || !Json.isZero(b.borrowed())
                || !Json.isZero(b.interest()) || !Json.isZero(b.unrealizedPnl())) {
            balances.add(b);
        }
    }
}
