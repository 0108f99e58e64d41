package dev.closeout.exchange.binance;

import static dev.closeout.exchange.binance.Json.decimal;
import static dev.closeout.exchange.binance.Json.decimalOrZero;
import static dev.closeout.exchange.binance.Json.items;
import static dev.closeout.exchange.binance.Json.required;
import static dev.closeout.exchange.binance.Json.requiredDecimal;
import static dev.closeout.exchange.binance.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.Balance;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Position;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Balances and positions, wallet by wallet, from Binance's account answers. */
final class WalletMapper {

    private WalletMapper() {
    }

    /** /api/v3/account: spot {@code free}, and {@code locked}, which on spot means held by open orders. */
    static void spot(JsonNode account, Draft draft) {
        draft.uid = text(account, "uid");
        for (JsonNode b : items(account, "balances")) {
            BigDecimal[] line = draft.spotLine(required(b, "asset"));
            line[0] = requiredDecimal(b, "free");
            line[1] = line[1].add(requiredDecimal(b, "locked"));
        }
    }

    /**
     * /sapi/v3/asset/getUserAsset: what spot holds beyond free and locked. Frozen and IPO-reserved
     * amounts are still the user's, so they count as locked; an amount being withdrawn is a
     * withdrawal in flight. (Which Binance states {@code freeze} and {@code ipoable} cover is not
     * documented; any non-zero amount means the account is not empty.)
     */
    static void spotFrozenAndWithdrawing(JsonNode assets, Draft draft) {
        for (JsonNode a : items(assets, null)) {
            String asset = required(a, "asset");
            BigDecimal held = decimalOrZero(a, "freeze").add(decimalOrZero(a, "ipoable"));
            if (held.signum() != 0) {
                BigDecimal[] line = draft.spotLine(asset);
                line[1] = line[1].add(held);
            }
            withdrawing(a, Wallet.SPOT, asset, draft);
        }
    }

    /** /sapi/v1/asset/get-funding-asset: frozen funding money counts as locked, like spot's. */
    static void funding(JsonNode assets, Draft draft) {
        for (JsonNode a : items(assets, null)) {
            String asset = required(a, "asset");
            draft.addHeld(new Balance(Wallet.FUNDING, asset, requiredDecimal(a, "free"),
                    decimalOrZero(a, "locked").add(decimalOrZero(a, "freeze")), null, null, null, null));
            withdrawing(a, Wallet.FUNDING, asset, draft);
        }
    }

    /**
     * The {@code withdrawing} amount of a wallet line: a withdrawal in flight. Read here rather
     * than from /sapi/v1/capital/withdraw/history, which costs 18000 weight (ten calls a minute)
     * and would make every re-check after a fix wait.
     */
    private static void withdrawing(JsonNode line, Wallet wallet, String asset, Draft draft) {
        BigDecimal amount = decimal(line, "withdrawing");
        if (!Json.isZero(amount)) {
            draft.transfers.add(new PendingTransfer("withdrawing-" + wallet.name() + "-" + asset,
                    PendingTransfer.Direction.WITHDRAWAL, asset, amount, null, "WITHDRAWING"));
        }
    }

    /** /sapi/v1/margin/account: free, locked, borrowed and interest per asset. */
    static void crossMargin(JsonNode account, Draft draft) {
        for (JsonNode a : items(account, "userAssets")) {
            draft.addHeld(new Balance(Wallet.CROSS_MARGIN, required(a, "asset"), requiredDecimal(a, "free"),
                    decimal(a, "locked"), decimal(a, "borrowed"), decimal(a, "interest"), null, null));
        }
    }

    /** /sapi/v1/margin/isolated/account: each pair's base and quote asset, named by the pair. */
    static void isolatedMargin(JsonNode account, Draft draft) {
        for (JsonNode pair : items(account, "assets")) {
            String symbol = required(pair, "symbol");
            for (String side : List.of("baseAsset", "quoteAsset")) {
                JsonNode a = pair.path(side);
                if (!a.isObject()) {
                    throw new OddAnswer(OddAnswer.Kind.NO_FIELD, side);
                }
                draft.addHeld(new Balance(Wallet.ISOLATED_MARGIN, required(a, "asset"), requiredDecimal(a, "free"),
                        decimal(a, "locked"), decimal(a, "borrowed"), decimal(a, "interest"), null, symbol));
            }
        }
    }

    /**
     * /fapi/v3/account and /dapi/v1/account: every asset's wallet balance with its unrealised
     * profit, and every position. The {@code total*} fields are not used: in single-asset mode
     * they cover USDT only.
     */
    static void futures(JsonNode account, Wallet wallet, Draft draft) {
        for (JsonNode a : items(account, "assets")) {
            draft.addHeld(new Balance(wallet, required(a, "asset"), requiredDecimal(a, "walletBalance"), null, null, null,
                    decimal(a, "unrealizedProfit"), null));
        }
        for (JsonNode p : items(account, "positions")) {
            BigDecimal quantity = requiredDecimal(p, "positionAmt");
            BigDecimal pnl = decimal(p, "unrealizedProfit");
            if (quantity.signum() != 0 || !Json.isZero(pnl)) {
                draft.positions.add(new Position(wallet, required(p, "symbol"), quantity, decimal(p, "entryPrice"), pnl));
            }
        }
    }

    /**
     * /eapi/v1/marginAccount: each options asset's balance ({@code marginBalance}, which Binance
     * calls the account balance) with its unrealised profit; the equity is the two together. A
     * balance Binance leaves out makes the answer unreadable: Options would otherwise look empty.
     */
    static void options(JsonNode account, Draft draft) {
        for (JsonNode a : items(account, "asset")) {
            draft.addHeld(new Balance(Wallet.OPTIONS, required(a, "asset"), requiredDecimal(a, "marginBalance"), null, null, null,
                    decimal(a, "unrealizedPNL"), null));
        }
    }

    /** /eapi/v1/position: every options position; the quantity is negative for a short one, and required. */
    static void optionPositions(JsonNode positions, Draft draft) {
        for (JsonNode p : items(positions, null)) {
            BigDecimal quantity = requiredDecimal(p, "quantity");
            BigDecimal pnl = decimal(p, "unrealizedPNL");
            if (quantity.signum() != 0 || !Json.isZero(pnl)) {
                draft.positions.add(new Position(Wallet.OPTIONS, required(p, "symbol"), quantity, decimal(p, "entryPrice"), pnl));
            }
        }
    }

    /** Spot lines, once both spot readings are in; Spot comes first, as on Binance. */
    static void finishSpot(Draft draft) {
        List<Balance> others = new ArrayList<>(draft.balances);
        draft.balances.clear();
        draft.spot.forEach((asset, line) -> draft.addHeld(new Balance(Wallet.SPOT, asset, line[0], line[1], null, null, null, null)));
        draft.balances.addAll(others);
    }

    /** Whether cross margin holds funds in orders: an open margin order always locks some. */
    static boolean crossMarginLocked(JsonNode account) {
        return items(account, "userAssets").stream().anyMatch(a -> !Json.isZero(decimal(a, "locked")));
    }

    /** The isolated pairs with funds locked in orders. */
    static List<String> isolatedPairsLocked(JsonNode account) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode pair : items(account, "assets")) {
            if (!Json.isZero(decimal(pair.path("baseAsset"), "locked")) || !Json.isZero(decimal(pair.path("quoteAsset"), "locked"))) {
                pairs.add(required(pair, "symbol"));
            }
        }
        return pairs;
    }

    /** Binance's wallet names as the snapshot names them; empty for a wallet Closeout does not know. */
    static java.util.Optional<Wallet> wallet(String binanceName) {
        return java.util.Optional.ofNullable(switch (binanceName) {
            case "Spot" -> Wallet.SPOT;
            case "Funding" -> Wallet.FUNDING;
            case "Cross Margin" -> Wallet.CROSS_MARGIN;
            case "Isolated Margin" -> Wallet.ISOLATED_MARGIN;
            case "USD\u24c8-M Futures", "USDS-M Futures", "USD-M Futures" -> Wallet.USDM_FUTURES;
            case "COIN-M Futures" -> Wallet.COINM_FUTURES;
            case "Earn" -> Wallet.EARN;
            case "Options" -> Wallet.OPTIONS;
            case "Trading Bots" -> Wallet.TRADING_BOT;
            case "Copy Trading" -> Wallet.COPY_TRADING;
            default -> null;
        });
    }

    /** /sapi/v1/asset/wallet/balance: each wallet's total in BTC. */
    static void walletTotals(JsonNode wallets, Draft draft) {
        for (JsonNode w : items(wallets, null)) {
            draft.walletTotals.merge(required(w, "walletName"), requiredDecimal(w, "balance"), BigDecimal::add);
        }
    }

    /**
     * /sapi/v1/asset/dust-btc: the balances Binance would convert to BNB, each valued in BTC. For
     * a coin with no USDT pair this is the only price there is, and without a price the dust
     * rule cannot tell that it is dust.
     */
    static void dustCandidates(JsonNode answer, Draft draft) {
        for (JsonNode d : items(answer, "details")) {
            BigDecimal amount = decimal(d, "amountFree");
            BigDecimal btc = decimal(d, "toBTC");
            if (amount != null && amount.signum() > 0 && btc != null && btc.signum() > 0) {
                draft.dustBtcPrices.put(required(d, "asset"), btc.divide(amount, MathContext.DECIMAL64));
            }
        }
    }

    /** /api/v3/ticker/price: USD prices from the USDT pairs (USDT itself is 1). */
    static void prices(JsonNode tickers, Draft draft) {
        for (JsonNode t : items(tickers, null)) {
            String symbol = text(t, "symbol");
            BigDecimal price = decimal(t, "price");
            if (symbol != null && symbol.endsWith("USDT") && symbol.length() > 4 && price != null && price.signum() > 0) {
                draft.usdPrices.put(symbol.substring(0, symbol.length() - 4), price);
            }
        }
    }
}
