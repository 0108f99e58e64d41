package dev.closeout.exchange.demo;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.ApiKey;
import dev.closeout.account.ApiKey.Permission;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.EarnPosition.EarlyRedemption;
import dev.closeout.account.LaunchpoolStake;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Position;
import dev.closeout.account.Profile;
import dev.closeout.account.RecurringPlan;
import dev.closeout.account.Side;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.Deposit;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * The demo account as it starts: a realistic account that trips every condition, with dates
 * relative to the moment it is seeded.
 */
final class DemoSeed {

    static final String EMAIL = "alex.morgan@example.com";
    static final String SUB_ACCOUNT = "alex.morgan+bots@example.com";
    static final String DEPOSIT_ID = "dep-8812";

    private DemoSeed() {
    }

    static AccountSnapshot account(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Profile profile = new Profile("D-31415926", EMAIL, "+44 7700 900123", AccountStatus.ACTIVE, true, 1, "CLOSE7X",
                new Profile.SecurityMethods(true, true, true));
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (String[] p : new String[][] {{"BTC", "91250.00"}, {"ETH", "3120.55"}, {"BNB", "612.40"}, {"USDT", "1"},
                {"USDC", "1"}, {"SOL", "142.80"}, {"XRP", "2.21"}, {"DOGE", "0.162"}, {"ADA", "0.68"}, {"SHIB", "0.0000094"},
                {"PEPE", "0.0000101"}, {"CAKE", "2.31"}, {"TRX", "0.21"}}) {
            prices.put(p[0], new BigDecimal(p[1]));
        }
        List<Balance> balances = List.of(
                new Balance(Wallet.SPOT, "BTC", d("0.01520000"), d("0.00500000"), null, null, null, null),
                new Balance(Wallet.SPOT, "ETH", d("0.12000000"), d("0.10000000"), null, null, null, null),
                Balance.of(Wallet.SPOT, "USDT", d("412.37")),
                Balance.of(Wallet.SPOT, "SHIB", d("120350.00")),
                Balance.of(Wallet.SPOT, "DOGE", d("3.1")),
                Balance.of(Wallet.SPOT, "XRP", d("0.42")),
                Balance.of(Wallet.SPOT, "ADA", d("1.7")),
                Balance.of(Wallet.SPOT, "BNB", d("0.0031")),
                Balance.of(Wallet.FUNDING, "PEPE", d("8812.5")),
                new Balance(Wallet.FUNDING, "USDT", d("250.00"), d("80.00"), null, null, null, null),
                new Balance(Wallet.CROSS_MARGIN, "USDT", d("40"), null, d("25"), d("0.0125"), null, null),
                new Balance(Wallet.ISOLATED_MARGIN, "USDT", d("15.5"), null, null, null, null, "BTCUSDT"),
                new Balance(Wallet.USDM_FUTURES, "USDT", d("180.5"), null, null, null, d("-12.40"), null),
                Balance.of(Wallet.COINM_FUTURES, "BTC", d("0.0004")),
                Balance.of(Wallet.OPTIONS, "USDT", d("12")),
                Balance.of(Wallet.TRADING_BOT, "USDT", d("150")),
                Balance.of(Wallet.TRADING_BOT, "BNB", d("0.1")),
                Balance.of(Wallet.COPY_TRADING, "USDT", d("60")));
        List<Position> positions = List.of(new Position(Wallet.USDM_FUTURES, "ETHUSDT", d("-0.25"), d("3071.00"), d("-12.40")));
        Instant created = now.minus(Duration.ofDays(3));
        List<OpenOrder> orders = List.of(
                new OpenOrder("884120", Wallet.SPOT, "BTCUSDT", OpenOrder.Type.LIMIT, Side.SELL, d("98000"), d("0.005"), d("0"), created),
                new OpenOrder("884121", Wallet.SPOT, "ETHBTC", OpenOrder.Type.OCO, Side.SELL, d("0.036"), d("0.1"), d("0"), created),
                new OpenOrder("7710092", Wallet.USDM_FUTURES, "ETHUSDT", OpenOrder.Type.STOP_MARKET, Side.BUY, d("3300"), d("0.25"),
                        d("0"), created),
                new OpenOrder("grid-17", Wallet.SPOT, "BNBUSDT", OpenOrder.Type.GRID, null, null, null, null, created));
        List<EarnPosition> earn = List.of(
                new EarnPosition("flex-usdt", EarnPosition.Product.FLEXIBLE, "USDT", d("1000.00"), d("1.37"), d("0.052"),
                        today.minusDays(40), null, null, null),
                new EarnPosition("locked-eth-90", EarnPosition.Product.LOCKED, "ETH", d("0.8"), d("0.0052"), d("0.031"),
                        today.minusDays(69), today.plusDays(21), EarlyRedemption.ALLOWED, d("0.0041")),
                new EarnPosition("locked-bnb-120", EarnPosition.Product.LOCKED, "BNB", d("0.5"), d("0.0021"), d("0.018"),
                        today.minusDays(56), today.plusDays(64), EarlyRedemption.NOT_ALLOWED, null));
        List<StakingPosition> staking = List.of(new StakingPosition("eth2", StakingPosition.Product.ETH_STAKING, "ETH", d("0.5"), null));
        List<LaunchpoolStake> launchpool = List.of(
                new LaunchpoolStake("lp-cake", "CAKE farming pool", "CAKE", d("40"), today.plusDays(9), true));
        List<P2pOrder> p2p = List.of(
                new P2pOrder("30771", Side.SELL, "USDT", "EUR", d("80.00"), P2pOrder.Status.PENDING_PAYMENT, now.minus(Duration.ofMinutes(20))),
                new P2pOrder("30702", Side.BUY, "USDT", "EUR", d("45.00"), P2pOrder.Status.APPEALING, now.minus(Duration.ofDays(2))),
                new P2pOrder("29810", Side.BUY, "USDT", "EUR", d("120.00"), P2pOrder.Status.COMPLETED, now.minus(Duration.ofDays(30))));
        List<SubAccount> subs = List.of(new SubAccount(SUB_ACCOUNT, SubAccount.Status.ACTIVE, now.minus(Duration.ofDays(200))));
        List<PendingTransfer> transfers = List.of(
                new PendingTransfer(DEPOSIT_ID, PendingTransfer.Direction.DEPOSIT, "USDT", d("120"), "TRX", "PROCESSING"));
        List<ApiKey> keys = List.of(
                new ApiKey("tax-tool", List.of(Permission.READ), now.minus(Duration.ofDays(400))),
                new ApiKey("trading-bot", List.of(Permission.READ, Permission.SPOT_TRADE, Permission.FUTURES), now.minus(Duration.ofDays(150))));
        List<RecurringPlan> plans = List.of(new RecurringPlan("ai-1", RecurringPlan.Kind.AUTO_INVEST, "BTC", d("25"), "WEEKLY", true));
        return new AccountSnapshot(AccountSnapshot.SCHEMA_VERSION, SnapshotSource.DEMO, now, profile, prices, balances, positions,
                earn, staking, launchpool, List.of(), orders, p2p, subs, transfers, keys, plans, List.of(), List.of());
    }

    /** The demo's own side of the seeded account. */
    static DemoExtras extras(Instant now, DemoSettings settings, SecureRandom random) {
        DemoExtras extras = new DemoExtras();
        extras.subAccountFunds.put(SUB_ACCOUNT, new LinkedHashMap<>(Map.of("USDT", d("18.20"))));
        extras.autoSubscribe.add("flex-usdt");
        extras.authenticatorKey = DemoVerification.newAuthenticatorKey(random);
        extras.scheduled.add(new Scheduled(now.plus(settings.depositArrival()), Scheduled.Kind.DEPOSIT_CREDITED, DEPOSIT_ID));
        extras.seededAt = now;
        extras.activity.deposits.add(new Deposit(DEPOSIT_ID, now, "USDT", d("120"), "TRX", DemoYearOfFunds.TRON_DEPOSIT, null,
                Deposit.Status.PROCESSING));
        return extras;
    }

    /** A newly registered account: identity not verified, VIP 0, nothing held, no history. */
    static AccountSnapshot newAccount(String email, Instant now, Map<String, BigDecimal> prices, SecureRandom random) {
        Profile profile = new Profile("D-" + (10_000_000 + random.nextInt(90_000_000)), email, null, AccountStatus.ACTIVE, false, 0,
                "R" + Integer.toString(random.nextInt(36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT),
                new Profile.SecurityMethods(true, false, false));
        return new AccountSnapshot(AccountSnapshot.SCHEMA_VERSION, null, now, profile, prices,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The demo's side of a new account: only what outlives an account (retained data, the inbox, ids, purges) carries over. */
    static DemoExtras newExtras(DemoExtras old, Instant now, SecureRandom random) {
        DemoExtras renewed = new DemoExtras();
        renewed.retained = old.retained;
        renewed.inbox = old.inbox;
        renewed.nextId = old.nextId;
        renewed.authenticatorKey = DemoVerification.newAuthenticatorKey(random);
        renewed.registeredAt = now;
        renewed.scheduled = old.scheduled.stream().filter(s -> s.kind() == Scheduled.Kind.DATA_PURGED)
                .collect(Collectors.toList());
        return renewed;
    }

    private static BigDecimal d(String amount) {
        return new BigDecimal(amount);
    }
}
