package dev.closeout.exchange.binance;

import dev.closeout.account.ApiKey;
import dev.closeout.account.UnknownPart.Part;
import dev.closeout.exchange.binance.BinanceHosts.Host;
import java.util.List;

/**
 * Every Binance endpoint a snapshot reads, with its documented path and weight, and the parts of
 * the snapshot it feeds: when it fails, those parts are {@code unknown}. A reading that feeds no
 * part (prices, plans, the key's permissions) hides nothing that blocks closure.
 * People see each reading's name from the bundle ({@code binance.reading.NAME}).
 */
public enum Reading {
    ACCOUNT_STATUS(List.of(Part.PROFILE), Call.get(Host.API, "/sapi/v1/account/status", 1)),
    KEY_PERMISSIONS(List.of(), Call.get(Host.API, "/sapi/v1/account/apiRestrictions", 1)),
    ENABLED_PRODUCTS(List.of(), Call.get(Host.API, "/sapi/v1/account/info", 1)),
    /** Binance's own total of each wallet, to check the items read against; documented as needing "Permits Universal Transfer". */
    WALLET_TOTALS(List.of(Part.BALANCES), Call.get(Host.API, "/sapi/v1/asset/wallet/balance", 60), ApiKey.Permission.UNIVERSAL_TRANSFER),
    SPOT(List.of(Part.BALANCES), Call.get(Host.API, "/api/v3/account", 20).with("omitZeroBalances", "true")),
    /** Spot's frozen and withdrawing amounts, which /api/v3/account does not show. */
    SPOT_FROZEN_AND_WITHDRAWING(List.of(Part.BALANCES, Part.PENDING_TRANSFERS),
            Call.post(Host.API, "/sapi/v3/asset/getUserAsset", 5)),
    FUNDING(List.of(Part.BALANCES, Part.PENDING_TRANSFERS), Call.post(Host.API, "/sapi/v1/asset/get-funding-asset", 1)),
    CROSS_MARGIN(List.of(Part.BALANCES), Call.get(Host.API, "/sapi/v1/margin/account", 10)),
    ISOLATED_MARGIN(List.of(Part.BALANCES), Call.get(Host.API, "/sapi/v1/margin/isolated/account", 10)),
    USDM_FUTURES(List.of(Part.POSITIONS), Call.get(Host.FAPI, "/fapi/v3/account", 5)),
    COINM_FUTURES(List.of(Part.POSITIONS), Call.get(Host.DAPI, "/dapi/v1/account", 5)),
    OPTIONS_ACCOUNT(List.of(Part.BALANCES), Call.get(Host.EAPI, "/eapi/v1/marginAccount", 3)),
    OPTIONS_POSITIONS(List.of(Part.POSITIONS), Call.get(Host.EAPI, "/eapi/v1/position", 5)),
    SPOT_OPEN_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.API, "/api/v3/openOrders", 80)),
    SPOT_ORDER_LISTS(List.of(Part.OPEN_ORDERS), Call.get(Host.API, "/api/v3/openOrderList", 6)),
    /** Asked only where margin funds are locked: an open margin order always locks some (see BinanceGateway). */
    MARGIN_OPEN_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.API, "/sapi/v1/margin/openOrders", 10)),
    USDM_OPEN_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.FAPI, "/fapi/v1/openOrders", 40)),
    USDM_CONDITIONAL_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.FAPI, "/fapi/v1/openAlgoOrders", 40)),
    COINM_OPEN_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.DAPI, "/dapi/v1/openOrders", 40)),
    SPOT_ALGO_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.API, "/sapi/v1/algo/spot/openOrders", 1)),
    /** Documented as needing the key's "Enable Futures". */
    FUTURES_ALGO_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.API, "/sapi/v1/algo/futures/openOrders", 1), ApiKey.Permission.FUTURES),
    /**
     * Every options symbol at once (40; 1 with a symbol), up to Binance's default of 100 orders:
     * the newest options page no longer lists a {@code limit}, so none is sent. More than 100
     * still leave the condition unmet, and the check after cancelling shows the rest.
     */
    OPTIONS_OPEN_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.EAPI, "/eapi/v1/openOrders", 40)),
    /** Convert limit orders waiting for their price: weight 3000, counted per account (UID), not per IP. */
    CONVERT_OPEN_ORDERS(List.of(Part.OPEN_ORDERS), Call.get(Host.API, "/sapi/v1/convert/limit/queryOpenOrders", 3000)),
    FLEXIBLE_EARN(List.of(Part.EARN), Call.get(Host.API, "/sapi/v1/simple-earn/flexible/position", 150)
            .with("size", String.valueOf(Reading.EARN_PAGE)).with("current", "1")),
    LOCKED_EARN(List.of(Part.EARN), Call.get(Host.API, "/sapi/v1/simple-earn/locked/position", 150)
            .with("size", String.valueOf(Reading.EARN_PAGE)).with("current", "1")),
    ETH_STAKING(List.of(Part.STAKING), Call.get(Host.API, "/sapi/v2/eth-staking/account", 150)),
    SOL_STAKING(List.of(Part.STAKING), Call.get(Host.API, "/sapi/v1/sol-staking/account", 150)),
    DUAL_INVESTMENT(List.of(Part.EARN), Call.get(Host.API, "/sapi/v1/dci/product/positions", 1)
            .with("pageSize", String.valueOf(Reading.DUAL_INVESTMENT_PAGE)).with("pageIndex", "1")),
    /** Totals only (weight 50): Closeout does not list On-chain Yields position by position. */
    ONCHAIN_YIELDS(List.of(Part.EARN), Call.get(Host.API, "/sapi/v1/onchain-yields/account", 50)),
    P2P_ORDERS(List.of(Part.P2P_ORDERS), Call.get(Host.API, "/sapi/v1/c2c/orderMatch/listUserOrderHistory", 1)
            .with("page", "1").with("rows", String.valueOf(Reading.P2P_PAGE))),
    SUB_ACCOUNTS(List.of(Part.SUB_ACCOUNTS), Call.get(Host.API, "/sapi/v1/sub-account/list", 1)
            .with("limit", String.valueOf(Reading.SUB_ACCOUNT_PAGE)).with("page", "1")),
    DEPOSITS(List.of(Part.PENDING_TRANSFERS), Call.get(Host.API, "/sapi/v1/capital/deposit/hisrec", 1)),
    AUTO_INVEST_PLANS(List.of(), Call.get(Host.API, "/sapi/v1/lending/auto-invest/plan/list", 1)),
    /** Every symbol's last price in one answer (weight 4): cheaper than waiting to learn the assets held. */
    PRICES(List.of(), Call.get(Host.API, "/api/v3/ticker/price", 4).unsigned()),
    /** What Binance would convert to BNB, valued in BTC: a price for small coins with no USDT pair. */
    DUST_CANDIDATES(List.of(), Call.post(Host.API, "/sapi/v1/asset/dust-btc", 1));

    /** The largest pages the endpoints allow. */
    static final int EARN_PAGE = 100;
    static final int DUAL_INVESTMENT_PAGE = 100;
    static final int P2P_PAGE = 100;
    static final int SUB_ACCOUNT_PAGE = 200;

    private final List<Part> parts;
    private final Call call;
    private final ApiKey.Permission needs;

    Reading(List<Part> parts, Call call) {
        this(parts, call, null);
    }

    Reading(List<Part> parts, Call call, ApiKey.Permission needs) {
        this.parts = parts;
        this.call = call;
        this.needs = needs;
    }

    /** The switch of the key Binance documents this reading as needing; null when reading is enough. */
    ApiKey.Permission needs() {
        return needs;
    }

    /** The parts of the snapshot that are unknown when this reading fails. */
    public List<Part> parts() {
        return parts;
    }

    Call call() {
        return call;
    }
}
