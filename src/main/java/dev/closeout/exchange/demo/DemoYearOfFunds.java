package dev.closeout.exchange.demo;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.Side;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo year's money in and out: deposits and withdrawals, transfers between wallets (the
 * ones that filled the seeded wallets among them), Earn and staking with daily rewards (the
 * seeded positions' subscriptions among them), and P2P orders before the seeded ones.
 */
final class DemoYearOfFunds {

    /** The demo account's own deposit addresses, and the user's wallets it withdrew to: the standards' example addresses. */
    static final String TRON_DEPOSIT = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    private static final String BTC_DEPOSIT = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
    private static final String ETH_DEPOSIT = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final String BTC_HARDWARE_WALLET = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    private static final String TRON_WALLET = "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8";
    private static final String ARBITRUM_WALLET = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
    private static final BigDecimal STAKING_APR = new BigDecimal("0.03");

    private final DemoYear year;
    private final LocalDate seededOn;
    private final List<Deposit> deposits = new ArrayList<>();
    private final List<Withdrawal> withdrawals = new ArrayList<>();
    private final List<WalletTransfer> transfers = new ArrayList<>();
    private final List<EarnEvent> earn = new ArrayList<>();
    private final List<P2pTrade> p2p = new ArrayList<>();
    private int nextId = 1;

    DemoYearOfFunds(DemoYear year) {
        this.year = year;
        this.seededOn = LocalDate.ofInstant(year.seededAt, ZoneOffset.UTC);
        for (int month = 0; month < 12; month++) {
            deposit(5 + 30 * month, "USDT", year.dollarsBetween(150, 900), "TRX", TRON_DEPOSIT);
        }
        deposit(60, "BTC", new BigDecimal("0.02"), "BTC", BTC_DEPOSIT);
        deposit(100, "ETH", new BigDecimal("0.6"), "ETH", ETH_DEPOSIT);
        for (int day : new int[] {90, 180, 300}) {
            withdrawal(day, "BTC", "0.01", "0.00003", "BTC", BTC_HARDWARE_WALLET);
        }
        withdrawal(140, "USDT", "200", "1", "TRX", TRON_WALLET);
        withdrawal(250, "USDT", "200", "1", "TRX", TRON_WALLET);
        withdrawal(200, "ETH", "0.1", "0.0001", "ARBITRUM", ARBITRUM_WALLET);
        intoWallets();
        monthlyP2p();
        seededEarn(DemoSeed.account(year.seededAt));
        pastEarn("locked-sol-60", EarnEvent.Product.LOCKED, "SOL", "3", "0.065", 40, 100);
        pastEarn("flex-usdc", EarnEvent.Product.FLEXIBLE, "USDC", "500", "0.045", 20, 245);
    }

    List<Deposit> deposits() {
        return DemoYear.oldestFirst(deposits, Deposit::at);
    }

    List<Withdrawal> withdrawals() {
        return DemoYear.oldestFirst(withdrawals, Withdrawal::at);
    }

    List<WalletTransfer> transfers() {
        return DemoYear.oldestFirst(transfers, WalletTransfer::at);
    }

    List<EarnEvent> earn() {
        return DemoYear.oldestFirst(earn, EarnEvent::at);
    }

    List<P2pTrade> p2pOrders() {
        return DemoYear.oldestFirst(p2p, P2pTrade::at);
    }

    private void deposit(int day, String asset, BigDecimal amount, String network, String address) {
        deposits.add(new Deposit("dep-" + (7000 + nextId++), year.moment(day), asset, amount, network, address, year.txId(),
                Deposit.Status.COMPLETED));
    }

    private void withdrawal(int day, String asset, String amount, String fee, String network, String address) {
        withdrawals.add(new Withdrawal("wd-h" + (500 + nextId++), year.moment(day), asset, new BigDecimal(amount),
                new BigDecimal(fee), network, address, year.txId(), Withdrawal.Status.COMPLETED));
    }

    /** How the seeded wallets beyond Spot were filled. */
    private void intoWallets() {
        transfer(120, "USDT", "200", Wallet.SPOT, Wallet.USDM_FUTURES);
        transfer(180, "USDT", "40", Wallet.SPOT, Wallet.CROSS_MARGIN);
        transfer(215, "USDT", "150", Wallet.SPOT, Wallet.TRADING_BOT);
        transfer(215, "BNB", "0.1", Wallet.SPOT, Wallet.TRADING_BOT);
        transfer(230, "USDT", "15.5", Wallet.SPOT, Wallet.ISOLATED_MARGIN);
        transfer(250, "USDT", "100", Wallet.SPOT, Wallet.USDM_FUTURES);
        transfer(300, "USDT", "60", Wallet.SPOT, Wallet.COPY_TRADING);
        transfer(320, "USDT", "12", Wallet.SPOT, Wallet.OPTIONS);
        transfer(330, "BTC", "0.0004", Wallet.SPOT, Wallet.COINM_FUTURES);
        transfer(340, "USDT", "250", Wallet.SPOT, Wallet.FUNDING);
    }

    private void transfer(int day, String asset, String amount, Wallet from, Wallet to) {
        transfers.add(new WalletTransfer("tr-" + (3000 + nextId++), year.moment(day), asset, new BigDecimal(amount), from, to));
    }

    /** USDT sold for euros and bought back, about monthly; sales go through Funding, where P2P escrow is. */
    private void monthlyP2p() {
        for (int k = 0; k < 10; k++) {
            int day = 15 + 33 * k;
            Side side = k % 2 == 0 ? Side.SELL : Side.BUY;
            BigDecimal amount = year.dollarsBetween(50, 300);
            BigDecimal price = new BigDecimal("0.900").add(BigDecimal.valueOf(year.random.nextInt(61), 3));
            P2pOrder.Status status = k == 4 ? P2pOrder.Status.CANCELLED : P2pOrder.Status.COMPLETED;
            if (side == Side.SELL) {
                transfer(day, "USDT", amount.toPlainString(), Wallet.SPOT, Wallet.FUNDING);
            }
            p2p.add(new P2pTrade(String.valueOf(20_100 + 950 * k), year.moment(day), side, "USDT", amount, "EUR", price,
                    amount.multiply(price).setScale(2, RoundingMode.HALF_UP), status));
            if (side == Side.BUY && status == P2pOrder.Status.COMPLETED) {
                transfer(day + 1, "USDT", amount.toPlainString(), Wallet.FUNDING, Wallet.SPOT);
            }
        }
    }

    /** The seeded Earn and staking positions: their subscriptions, and a reward every day since. */
    private void seededEarn(AccountSnapshot seeded) {
        for (EarnPosition e : seeded.earn()) {
            EarnEvent.Product product = e.product() == EarnPosition.Product.FLEXIBLE ? EarnEvent.Product.FLEXIBLE : EarnEvent.Product.LOCKED;
            subscribedAndRewarded(e.id(), product, e.asset(), e.amount(), e.apr(), e.subscribedOn(), seededOn);
        }
        for (StakingPosition s : seeded.staking()) {
            subscribedAndRewarded(s.id(), EarnEvent.Product.STAKING, s.asset(), s.amount(), STAKING_APR, seededOn.minusDays(200), seededOn);
        }
    }

    /** A product held from {@code fromDay} and redeemed on {@code toDay}. */
    private void pastEarn(String id, EarnEvent.Product product, String asset, String amount, String apr, int fromDay, int toDay) {
        LocalDate first = LocalDate.ofInstant(year.start, ZoneOffset.UTC);
        BigDecimal principal = new BigDecimal(amount);
        subscribedAndRewarded(id, product, asset, principal, new BigDecimal(apr), first.plusDays(fromDay), first.plusDays(toDay));
        earn.add(new EarnEvent("earn-" + (60_000 + nextId++), at(first.plusDays(toDay), 9), EarnEvent.Kind.REDEMPTION, product, id,
                asset, principal));
    }

    /** Subscribed at ten on {@code from}; each day after it, until {@code until}, the day's reward is paid at one in the morning. */
    private void subscribedAndRewarded(String id, EarnEvent.Product product, String asset, BigDecimal amount, BigDecimal apr,
            LocalDate from, LocalDate until) {
        earn.add(new EarnEvent("earn-" + (60_000 + nextId++), at(from, 10), EarnEvent.Kind.SUBSCRIPTION, product, id, asset, amount));
        BigDecimal daily = amount.multiply(apr).divide(BigDecimal.valueOf(365), Trading.SCALE, RoundingMode.DOWN);
        for (LocalDate day = from.plusDays(1); day.isBefore(until); day = day.plusDays(1)) {
            earn.add(new EarnEvent("earn-" + (60_000 + nextId++), at(day, 1), EarnEvent.Kind.REWARD, product, id, asset, daily));
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
