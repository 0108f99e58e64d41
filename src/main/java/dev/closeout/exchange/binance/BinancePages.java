package dev.closeout.exchange.binance;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.ApiKey;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WebPage;
import dev.closeout.exchange.binance.SnapshotMapper.Mapped;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The binance.com page for each thing Closeout hands over to the website: the actions Binance's
 * API does not allow (or this key may not do), the wallets and parts Closeout cannot list, and
 * closing, disabling and security. Addresses marked "seen" were read in public code and
 * documentation that links to them; the others are typical of binance.com's layout, not
 * published by Binance, and a wrong one still lands on binance.com.
 */
final class BinancePages {

    private static final String SITE = "https://www.binance.com/en";
    /** seen: Binance's own FAQ names Security as where an account is disabled, and justdelete.me links here to delete one. */
    static final URI SECURITY = URI.create(SITE + "/my/security");
    /** typical */
    static final URI SUPPORT = URI.create(SITE + "/support");
    /** seen */
    static final URI OVERVIEW = URI.create(SITE + "/my/wallet/account/overview");
    /** seen */
    static final URI SPOT = URI.create(SITE + "/my/wallet/account/main");
    /** seen */
    static final URI FUNDING = URI.create(SITE + "/my/wallet/funding");
    /** seen */
    static final URI CROSS_MARGIN = URI.create(SITE + "/my/wallet/account/margin/cross");
    /** seen */
    static final URI ISOLATED_MARGIN = URI.create(SITE + "/my/wallet/account/margin/isolated");
    /** seen */
    static final URI USDM_FUTURES = URI.create(SITE + "/my/wallet/account/futures");
    /** seen */
    static final URI COINM_FUTURES = URI.create(SITE + "/my/wallet/account/futures/delivery");
    /** typical */
    static final URI OPTIONS = URI.create(SITE + "/my/wallet/account/options");
    /** seen: where grid and other bots are run and stopped. */
    static final URI TRADING_BOTS = URI.create(SITE + "/trading-bots");
    /** seen */
    static final URI COPY_TRADING = URI.create(SITE + "/copy-trading");
    /** seen: flexible and locked Simple Earn. */
    static final URI EARN = URI.create(SITE + "/my/wallet/account/saving");
    /** seen */
    static final URI ETH_STAKING = URI.create(SITE + "/eth2");
    /** typical */
    static final URI SOL_STAKING = URI.create(SITE + "/sol-staking");
    /** typical */
    static final URI LAUNCHPOOL = URI.create(SITE + "/launchpool");
    /** seen */
    static final URI SPOT_ORDERS = URI.create(SITE + "/my/orders/exchange/openorder");
    /** seen */
    static final URI CROSS_MARGIN_ORDERS = URI.create(SITE + "/my/orders/margin/openorder/margin");
    /** seen */
    static final URI ISOLATED_MARGIN_ORDERS = URI.create(SITE + "/my/orders/margin/openorder/isolated_margin");
    /** seen */
    static final URI FUTURES_ORDERS = URI.create(SITE + "/my/orders/futures/openorder");
    /** typical */
    static final URI OPTIONS_ORDERS = URI.create(SITE + "/my/orders/options/openorder");
    /** typical: Convert's limit orders are listed and cancelled on the Convert page. */
    static final URI CONVERT = URI.create(SITE + "/convert");
    /** seen */
    static final URI P2P_ORDERS = URI.create("https://p2p.binance.com/en/fiatOrder");
    /** typical */
    static final URI SUB_ACCOUNTS = URI.create(SITE + "/my/sub-account/management");
    /** seen */
    static final URI TRANSFERS = URI.create(SITE + "/my/wallet/history/deposit-crypto");
    /** seen */
    static final URI API_KEYS = URI.create(SITE + "/my/settings/api-management");
    /** seen */
    static final URI AUTO_INVEST = URI.create(SITE + "/auto-invest");
    /** typical */
    static final URI PROFILE = URI.create(SITE + "/my/dashboard");

    /** Asset and symbol names go into addresses as they are: anything else falls back to a page without them. */
    private static final Pattern NAME = Pattern.compile("[A-Z0-9]{1,30}");

    private BinancePages() {
    }

    /** The page for {@code page}, knowing the account as last read ({@code seen}, null before the first read). */
    static Optional<URI> pageFor(WebPage page, Mapped seen) {
        if (page instanceof WebPage.ForAction doing) {
            return forAction(doing.action(), seen);
        }
        if (page instanceof WebPage.ForWallet holdings) {
            return Optional.of(wallet(holdings.wallet()));
        }
        if (page instanceof WebPage.ForPart unread) {
            return Optional.of(part(unread.part()));
        }
        return Optional.of(((WebPage.Account) page) == WebPage.Account.SUPPORT ? SUPPORT : SECURITY);
    }

    /** Empty for the fixes Binance lets this key do: cancelling orders, converting dust, redeeming flexible Earn. */
    private static Optional<URI> forAction(AccountAction action, Mapped seen) {
        if (action instanceof AccountAction.CancelOrder cancel) {
            return cancel(seen == null ? null : seen.orders().get(cancel.orderId()), seen);
        }
        if (action instanceof AccountAction.CancelAllOrders) {
            boolean futures = seen != null && seen.orders().values().stream().anyMatch(o -> o.kind().futures());
            return keyMay(seen, ApiKey.Permission.SPOT_TRADE) && (!futures || keyMay(seen, ApiKey.Permission.FUTURES))
                    ? Optional.empty() : Optional.of(SPOT_ORDERS);
        }
        if (action instanceof AccountAction.ConvertDust) {
            return keyMay(seen, ApiKey.Permission.SPOT_TRADE) ? Optional.empty() : Optional.of(SPOT);
        }
        if (action instanceof AccountAction.RedeemEarn redeem) {
            return flexible(redeem.earnId(), seen) && keyMay(seen, ApiKey.Permission.SPOT_TRADE) ? Optional.empty() : Optional.of(EARN);
        }
        return Optional.of(elsewhere(action, seen));
    }

    private static URI elsewhere(AccountAction action, Mapped seen) {
        if (action instanceof AccountAction.Withdraw withdraw) {
            return named(withdraw.asset()) ? URI.create(SITE + "/my/wallet/account/main/withdrawal/crypto/" + withdraw.asset()) : SPOT;
        }
        if (action instanceof AccountAction.SellToUsdt || action instanceof AccountAction.BuyWithUsdt) {
            // One spot market page for selling an asset for USDT and buying it with USDT.
            String asset = action instanceof AccountAction.SellToUsdt sell ? sell.asset() : ((AccountAction.BuyWithUsdt) action).asset();
            return named(asset) ? URI.create(SITE + "/trade/" + asset + "_USDT?type=spot") : SPOT;
        }
        if (action instanceof AccountAction.Transfer transfer) {
            return wallet(transfer.from());
        }
        if (action instanceof AccountAction.ClosePosition close) {
            // seen: a USDⓈ-M contract's trading page, where its position is closed.
            return close.wallet() == Wallet.USDM_FUTURES && named(close.symbol())
                    ? URI.create(SITE + "/futures/" + close.symbol()) : wallet(close.wallet());
        }
        if (action instanceof AccountAction.RepayMargin repay) {
            return wallet(repay.wallet());
        }
        if (action instanceof AccountAction.Unstake unstake) {
            return staking(unstake.stakingId(), seen);
        }
        if (action instanceof AccountAction.CancelP2pOrder || action instanceof AccountAction.ReleaseP2pOrder
                || action instanceof AccountAction.SettleP2pAppeal) {
            return p2pOrder(action);
        }
        if (action instanceof AccountAction.StopBot) {
            return TRADING_BOTS;
        }
        if (action instanceof AccountAction.RedeemLaunchpool) {
            return LAUNCHPOOL;
        }
        if (action instanceof AccountAction.SweepSubAccount || action instanceof AccountAction.CloseSubAccount) {
            return SUB_ACCOUNTS;
        }
        if (action instanceof AccountAction.DeleteApiKey) {
            return API_KEYS;
        }
        if (action instanceof AccountAction.CancelRecurringPlan) {
            return AUTO_INVEST;
        }
        return action instanceof AccountAction.CloseFuturesAccount ? USDM_FUTURES : OVERVIEW;
    }

    private static Optional<URI> cancel(OrderRef order, Mapped seen) {
        if (order == null) {
            // An order this session has not seen: Closeout asks Binance, which says whether it is gone.
            return Optional.empty();
        }
        boolean keyMay = order.kind() == OrderRef.Kind.OPTIONS ? seen == null || !Boolean.FALSE.equals(seen.optionsTrading())
                : keyMay(seen, order.kind().futures() ? ApiKey.Permission.FUTURES : ApiKey.Permission.SPOT_TRADE);
        if (keyMay) {
            return Optional.empty();
        }
        return Optional.of(switch (order.kind()) {
            case MARGIN, MARGIN_LIST -> order.isolated() ? ISOLATED_MARGIN_ORDERS : CROSS_MARGIN_ORDERS;
            case USDM, USDM_CONDITIONAL, COINM, FUTURES_ALGO -> FUTURES_ORDERS;
            case SPOT, SPOT_LIST, SPOT_ALGO -> SPOT_ORDERS;
            case OPTIONS -> OPTIONS_ORDERS;
            case CONVERT -> CONVERT;
        });
    }

    /** seen: the order's own page on Binance P2P. */
    private static URI p2pOrder(AccountAction action) {
        String id = action instanceof AccountAction.CancelP2pOrder c ? c.orderId()
                : action instanceof AccountAction.ReleaseP2pOrder r ? r.orderId() : ((AccountAction.SettleP2pAppeal) action).orderId();
        return named(id) ? URI.create("https://p2p.binance.com/en/fiatOrderDetail?orderNo=" + id) : P2P_ORDERS;
    }

    private static URI staking(String id, Mapped seen) {
        Optional<StakingPosition.Product> product = seen == null ? Optional.empty()
                : seen.snapshot().staking().stream().filter(s -> s.id().equals(id)).map(StakingPosition::product).findFirst();
        return product.map(p -> switch (p) {
            case ETH_STAKING -> ETH_STAKING;
            case SOL_STAKING -> SOL_STAKING;
            default -> EARN;
        }).orElse(EARN);
    }

    static URI wallet(Wallet wallet) {
        return switch (wallet) {
            case SPOT -> SPOT;
            case FUNDING -> FUNDING;
            case CROSS_MARGIN -> CROSS_MARGIN;
            case ISOLATED_MARGIN -> ISOLATED_MARGIN;
            case USDM_FUTURES -> USDM_FUTURES;
            case COINM_FUTURES -> COINM_FUTURES;
            case OPTIONS -> OPTIONS;
            case TRADING_BOT -> TRADING_BOTS;
            case COPY_TRADING -> COPY_TRADING;
            case EARN -> EARN;
        };
    }

    static URI part(UnknownPart.Part part) {
        return switch (part) {
            case BALANCES -> OVERVIEW;
            case POSITIONS -> USDM_FUTURES;
            case EARN, STAKING -> EARN;
            case LAUNCHPOOL, LAUNCHPAD -> LAUNCHPOOL;
            case OPEN_ORDERS -> SPOT_ORDERS;
            case P2P_ORDERS -> P2P_ORDERS;
            case SUB_ACCOUNTS -> SUB_ACCOUNTS;
            case PENDING_TRANSFERS -> TRANSFERS;
            case PROFILE -> PROFILE;
        };
    }

    private static boolean flexible(String earnId, Mapped seen) {
        return seen == null || seen.snapshot().earn().stream()
                .anyMatch(e -> e.id().equals(earnId) && e.product() == EarnPosition.Product.FLEXIBLE);
    }

    /** What the key may do, when the snapshot could read its permissions; unread, Binance has the last word. */
    private static boolean keyMay(Mapped seen, ApiKey.Permission permission) {
        AccountSnapshot s = seen == null ? null : seen.snapshot();
        return s == null || s.apiKeys().isEmpty() || s.apiKeys().get(0).permissions().contains(permission);
    }

    private static boolean named(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
