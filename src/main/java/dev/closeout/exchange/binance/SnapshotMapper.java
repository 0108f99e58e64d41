package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Profile;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import dev.closeout.closure.WalletCoverage;
import dev.closeout.exchange.KeySwitch;
import dev.closeout.exchange.SideReading;
import dev.closeout.exchange.binance.Draft.MappedOrder;
import dev.closeout.exchange.binance.OrderRef.Kind;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Binance's answers, as one account snapshot. What a reading could not deliver becomes an
 * {@code unknown} part with the reason in the user's words; a wallet whose total Binance shows
 * but whose items no reading lists is a wallet total with {@code itemized: false}.
 */
final class SnapshotMapper {

    /**
     * The snapshot and, for the fixes, where each of its open orders lives on Binance and
     * whether the key may trade options (null: its permissions could not be read), a switch the
     * spec's key permissions have no name for; and what was read beside the snapshot's parts but failed.
     */
    record Mapped(AccountSnapshot snapshot, Map<String, OrderRef> orders, Boolean optionsTrading, Set<SideReading> unread,
                  List<KeySwitch> switchesWanted) {
    }

    private final Messages messages;

    SnapshotMapper(Messages messages) {
        this.messages = messages;
    }

    Mapped map(Answers answers, Instant takenAt, String keyLabel) {
        Draft draft = new Draft();
        for (Reading reading : Reading.values()) {
            if (!answers.ok(reading)) {
                continue;
            }
            try {
                read(reading, answers, draft, keyLabel);
            } catch (RuntimeException e) {
                answers.fail(reading, OddAnswer.unreadable(reading.call(), e, messages));
            }
        }
        WalletMapper.finishSpot(draft);
        List<UnknownPart> unknown = new ArrayList<>();
        answers.failures().forEach((reading, error) -> reading.parts().forEach(part -> unknown.add(new UnknownPart(part,
                messages.get("binance.unknown.reason", messages.get("binance.reading." + reading.name()),
                        messages.say(error))))));
        onchainYields(draft).ifPresent(unknown::add);
        Map<String, BigDecimal> prices = prices(draft);
        List<WalletTotal> totals = walletTotals(answers, draft, prices, unknown);
        Map<String, OrderRef> orders = new LinkedHashMap<>();
        List<OpenOrder> openOrders = new ArrayList<>();
        for (MappedOrder o : draft.orders) {
            orders.put(o.order().id(), o.ref());
            openOrders.add(o.order());
        }
        AccountSnapshot snapshot = new AccountSnapshot(AccountSnapshot.SCHEMA_VERSION, SnapshotSource.BINANCE, takenAt,
                profile(draft), prices, draft.balances, draft.positions, draft.earn, draft.staking, null, null,
                openOrders, draft.p2pOrders, draft.subAccounts, draft.transfers,
                draft.apiKey == null ? List.of() : List.of(draft.apiKey), new ArrayList<>(draft.plans.values()), totals, unknown);
        Set<SideReading> unread = EnumSet.noneOf(SideReading.class);
        if (!answers.ok(Reading.AUTO_INVEST_PLANS)) {
            unread.add(SideReading.RECURRING_PLANS);
        }
        if (!answers.ok(Reading.KEY_PERMISSIONS)) {
            unread.add(SideReading.KEY_PERMISSIONS);
        }
        List<KeySwitch> switches = new ArrayList<>();
        answers.failures().forEach((reading, error) -> {
            if (SnapshotReader.missesSwitch(error)) {
                switches.add(new KeySwitch(messages.get("binance.switch." + reading.needs().name()),
                        messages.get("binance.reading." + reading.name())));
            }
        });
        return new Mapped(snapshot, orders, draft.optionsTrading, unread, switches);
    }

    private static void read(Reading reading, Answers answers, Draft draft, String keyLabel) {
        Optional<JsonNode> first = answers.first(reading);
        List<JsonNode> pages = answers.pages(reading);
        switch (reading) {
            case ACCOUNT_STATUS -> first.ifPresent(a -> AccountMapper.status(a, draft));
            case KEY_PERMISSIONS -> first.ifPresent(a -> AccountMapper.keyPermissions(a, keyLabel, draft));
            case ENABLED_PRODUCTS -> first.ifPresent(a -> AccountMapper.enabledProducts(a, draft));
            case WALLET_TOTALS -> first.ifPresent(a -> WalletMapper.walletTotals(a, draft));
            case SPOT -> first.ifPresent(a -> WalletMapper.spot(a, draft));
            case SPOT_FROZEN_AND_WITHDRAWING -> first.ifPresent(a -> WalletMapper.spotFrozenAndWithdrawing(a, draft));
            case FUNDING -> first.ifPresent(a -> WalletMapper.funding(a, draft));
            case CROSS_MARGIN -> first.ifPresent(a -> WalletMapper.crossMargin(a, draft));
            case ISOLATED_MARGIN -> first.ifPresent(a -> WalletMapper.isolatedMargin(a, draft));
            case USDM_FUTURES -> first.ifPresent(a -> WalletMapper.futures(a, Wallet.USDM_FUTURES, draft));
            case COINM_FUTURES -> first.ifPresent(a -> WalletMapper.futures(a, Wallet.COINM_FUTURES, draft));
            case OPTIONS_ACCOUNT -> first.ifPresent(a -> WalletMapper.options(a, draft));
            case OPTIONS_POSITIONS -> first.ifPresent(a -> WalletMapper.optionPositions(a, draft));
            // The two spot readings map together: a list's legs are among the open orders.
            case SPOT_OPEN_ORDERS -> OrderMapper.spot(pages, answers.pages(Reading.SPOT_ORDER_LISTS), draft);
            case SPOT_ORDER_LISTS -> {
                if (!answers.ok(Reading.SPOT_OPEN_ORDERS)) {
                    OrderMapper.spot(List.of(), pages, draft);
                }
            }
            case MARGIN_OPEN_ORDERS -> OrderMapper.margin(pages, draft);
            case USDM_OPEN_ORDERS -> first.ifPresent(a -> OrderMapper.futures(a, Kind.USDM, Wallet.USDM_FUTURES, draft));
            case USDM_CONDITIONAL_ORDERS -> first.ifPresent(a -> OrderMapper.usdmConditional(a, draft));
            case COINM_OPEN_ORDERS -> first.ifPresent(a -> OrderMapper.futures(a, Kind.COINM, Wallet.COINM_FUTURES, draft));
            case SPOT_ALGO_ORDERS -> first.ifPresent(a -> OrderMapper.algo(a, Kind.SPOT_ALGO, Wallet.SPOT, draft));
            case FUTURES_ALGO_ORDERS -> first.ifPresent(a -> OrderMapper.algo(a, Kind.FUTURES_ALGO, Wallet.USDM_FUTURES, draft));
            case OPTIONS_OPEN_ORDERS -> first.ifPresent(a -> OrderMapper.options(a, draft));
            case CONVERT_OPEN_ORDERS -> first.ifPresent(a -> OrderMapper.convert(a, draft));
            case FLEXIBLE_EARN -> EarnMapper.flexible(pages, draft);
            case LOCKED_EARN -> EarnMapper.locked(pages, draft);
            case ETH_STAKING -> first.ifPresent(a -> EarnMapper.ethStaking(a, draft));
            case SOL_STAKING -> first.ifPresent(a -> EarnMapper.solStaking(a, draft));
            case DUAL_INVESTMENT -> EarnMapper.dualInvestment(pages, draft);
            case ONCHAIN_YIELDS -> first.ifPresent(a -> EarnMapper.onchainYields(a, draft));
            case P2P_ORDERS -> AccountMapper.p2p(pages, draft);
            case SUB_ACCOUNTS -> AccountMapper.subAccounts(pages, draft);
            case DEPOSITS -> first.ifPresent(a -> AccountMapper.deposits(a, draft));
            case AUTO_INVEST_PLANS -> EarnMapper.plans(pages, draft);
            case PRICES -> first.ifPresent(a -> WalletMapper.prices(a, draft));
            case DUST_CANDIDATES -> first.ifPresent(a -> WalletMapper.dustCandidates(a, draft));
        }
    }

    /**
     * Binance does not give the account's email through the API; the UID stands in for it.
     * Any status but "Normal" is one Closeout cannot close from: the user must sort it out with
     * Binance, as with a frozen account.
     */
    private static Profile profile(Draft draft) {
        AccountStatus status = draft.accountStatus == null || draft.accountStatus.equalsIgnoreCase("Normal")
                ? AccountStatus.ACTIVE : AccountStatus.FROZEN;
        String uid = draft.uid == null ? "unknown" : draft.uid;
        return new Profile(uid, "UID " + uid, null, status, null, draft.vipLevel, null, null);
    }

    /**
     * On-chain Yields holding something: the spec has no place for a holding known only by its
     * total, so it is an Earn part Closeout cannot see into, which blocks like one it could not read.
     */
    private Optional<UnknownPart> onchainYields(Draft draft) {
        // Both totals are read together or not at all; unread, the reading's failure is the unknown part already.
        if (Json.isZero(draft.onchainYieldsBtc) && Json.isZero(draft.onchainYieldsUsdt)) {
            return Optional.empty();
        }
        return Optional.of(new UnknownPart(UnknownPart.Part.EARN, messages.get("binance.unknown.onchainYields",
                draft.onchainYieldsBtc.toPlainString(), draft.onchainYieldsUsdt.toPlainString())));
    }

    /**
     * USD prices of everything the snapshot holds, and of BTC for the dust limit: from the USDT
     * pairs, else from Binance's BTC valuation of a balance it would convert to BNB.
     */
    private static Map<String, BigDecimal> prices(Draft draft) {
        Set<String> held = new TreeSet<>(Set.of("BTC"));
        Stream.of(draft.balances.stream().map(Balance::asset), draft.earn.stream().map(EarnPosition::asset),
                        draft.staking.stream().map(StakingPosition::asset), draft.p2pOrders.stream().map(P2pOrder::asset),
                        draft.transfers.stream().map(PendingTransfer::asset))
                .flatMap(s -> s).filter(Objects::nonNull).forEach(held::add);
        Map<String, BigDecimal> prices = new TreeMap<>();
        for (String asset : held) {
            BigDecimal price = asset.equals("USDT") ? BigDecimal.ONE : draft.usdPrices.get(asset);
            BigDecimal btcPrice = draft.dustBtcPrices.get(asset);
            if (price == null && btcPrice != null && draft.usdPrices.containsKey("BTC")) {
                price = btcPrice.multiply(draft.usdPrices.get("BTC"), MathContext.DECIMAL64);
            }
            if (price != null) {
                prices.put(asset, price);
            }
        }
        return prices;
    }

    private List<WalletTotal> walletTotals(Answers answers, Draft draft, Map<String, BigDecimal> prices, List<UnknownPart> unknown) {
        List<WalletTotal> totals = new ArrayList<>();
        draft.walletTotals.forEach((name, btc) -> {
            Optional<Wallet> wallet = WalletMapper.wallet(name);
            if (wallet.isPresent()) {
                totals.add(new WalletTotal(wallet.get(), btc, read(wallet.get(), answers) && covered(wallet.get(), btc, draft, prices)));
            } else if (btc.signum() != 0) {
                unknown.add(new UnknownPart(UnknownPart.Part.BALANCES, messages.get("binance.unknown.wallet", name, btc.toPlainString())));
            }
        });
        return totals;
    }

    /**
     * Whether every reading that lists the wallet's items answered. Trading Bots and Copy Trading
     * never: Binance has no endpoint that lists grid bots or copy trades.
     */
    private static boolean read(Wallet wallet, Answers answers) {
        return switch (wallet) {
            case SPOT -> answers.ok(Reading.SPOT) && answers.ok(Reading.SPOT_FROZEN_AND_WITHDRAWING);
            case FUNDING -> answers.ok(Reading.FUNDING);
            case CROSS_MARGIN -> answers.ok(Reading.CROSS_MARGIN);
            case ISOLATED_MARGIN -> answers.ok(Reading.ISOLATED_MARGIN);
            case USDM_FUTURES -> answers.ok(Reading.USDM_FUTURES);
            case COINM_FUTURES -> answers.ok(Reading.COINM_FUTURES);
            case OPTIONS -> answers.ok(Reading.OPTIONS_ACCOUNT) && answers.ok(Reading.OPTIONS_POSITIONS);
            case EARN -> Stream.of(Reading.FLEXIBLE_EARN, Reading.LOCKED_EARN, Reading.ETH_STAKING, Reading.SOL_STAKING,
                    Reading.DUAL_INVESTMENT, Reading.ONCHAIN_YIELDS).allMatch(answers::ok);
            case TRADING_BOT, COPY_TRADING -> false;
        };
    }

    /**
     * Whether the items read account for Binance's total of the wallet. Binance documents the
     * Funding list as covering only some business assets, and Earn has products Closeout does not
     * list (Launchpool, On-chain Yields' positions): a total the items fall clearly short of is
     * money Closeout cannot see. On-chain Yields counts by its own BTC total.
     */
    private static boolean covered(Wallet wallet, BigDecimal total, Draft draft, Map<String, BigDecimal> prices) {
        WalletCoverage.Worth worth = WalletCoverage.of(wallet, draft.balances, draft.earn, draft.staking, prices);
        if (wallet == Wallet.EARN && draft.onchainYieldsBtc != null) {
            worth = new WalletCoverage.Worth(worth.btc().add(draft.onchainYieldsBtc), worth.unpriced());
        }
        return !worth.fallsShortOf(total);
    }
}
