package dev.closeout.exchange.binance;

/**
 * What a Binance account's history holds that Binance's API does not give, or not completely:
 * every export lists these as not included, with the binance.com page where the account's owner
 * gets them. People see each one's name and reason from the bundle
 * ({@code binance.history.websiteOnly.what.NAME} and {@code binance.history.websiteOnly.reason.NAME}).
 */
public enum WebsiteOnlyRecords {
    /** Trades in assets with no other trace, and in symbols Binance no longer lists. */
    UNTRACED_TRADES(Pages.SPOT_TRADE_HISTORY),
    MARGIN(Pages.TRANSACTION_HISTORY),
    FUTURES_TRADES(Pages.TRANSACTION_HISTORY),
    ISOLATED_AND_PORTFOLIO_TRANSFERS(Pages.TRANSACTION_HISTORY),
    FIAT_AND_CARDS(Pages.TRANSACTION_HISTORY),
    OTHER_PRODUCTS(Pages.TRANSACTION_HISTORY),
    SUB_ACCOUNTS(Pages.ACCOUNT_STATEMENTS);

    /** The binance.com pages where an account's owner gets the official records. */
    static final class Pages {
        /** Wallet → Transaction History, where every kind of record is listed and exported. */
        static final String TRANSACTION_HISTORY = "https://www.binance.com/en/my/wallet/history";
        /** Orders → Spot Order → Trade History, whose export holds every spot trade. */
        static final String SPOT_TRADE_HISTORY = "https://www.binance.com/en/my/orders/exchange/usertrade";
        /** Binance's page on account statements, for the master account and its sub-accounts. */
        static final String ACCOUNT_STATEMENTS = "https://www.binance.com/en/support/faq/e12bc83ec9ba4e96a076d2b4a4419182";

        private Pages() {
        }
    }

    private final String page;

    WebsiteOnlyRecords(String page) {
        this.page = page;
    }

    /** The binance.com page where these records are. */
    public String page() {
        return page;
    }
}
