package dev.closeout.exchange.binance;

import dev.closeout.exchange.ExchangeException;
import java.util.List;

/**
 * Binance answered with an error. Besides the words for people (key and arguments), it keeps
 * what Binance said, for the callers that decide by it: "sub-account function is not enabled"
 * means no sub-accounts, a refused cancel is a refusal rather than a failure.
 */
public final class BinanceApiException extends ExchangeException {

    /** Binance's code when it gave none (an HTTP error without a JSON body). */
    public static final int NO_CODE = Integer.MIN_VALUE;

    private final int httpStatus;
    private final int code;
    private final String binanceMessage;

    BinanceApiException(String messageKey, List<String> args, int httpStatus, int code, String binanceMessage) {
        super(messageKey, args, null);
        this.httpStatus = httpStatus;
        this.code = code;
        this.binanceMessage = binanceMessage == null ? "" : binanceMessage;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    public String binanceMessage() {
        return binanceMessage;
    }

    /** Binance's answer for an account that is not a master account, matched on its words (the code is not documented). */
    public boolean subAccountsNotEnabled() {
        return binanceMessage.toLowerCase(java.util.Locale.ROOT).contains("sub-account function is not enabled");
    }

    /** Binance refused the key for this request: its whitelist, or a permission it lacks (-2015, -1002, HTTP 401). */
    public boolean refusesKey() {
        return httpStatus == 401 || code == -2015 || code == -1002;
    }

    /** The answer concerns the whole connection (ban, location, key), not just the endpoint asked. */
    public boolean stopsEverything() {
        return httpStatus == 418 || httpStatus == 451 || code == -2014 || code == -1022;
    }
}
