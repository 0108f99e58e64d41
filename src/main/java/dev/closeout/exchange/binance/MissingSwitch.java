package dev.closeout.exchange.binance;

import dev.closeout.account.ApiKey;
import dev.closeout.exchange.ExchangeException;
import java.util.List;

/**
 * A reading Binance documents as needing a switch of the API key that this key has off: not
 * asked, and unknown with the switch's name and where to turn it on.
 */
final class MissingSwitch extends ExchangeException {

    private final ApiKey.Permission permission;

    MissingSwitch(ApiKey.Permission permission, String switchName) {
        super("binance.error.missingSwitch", List.of(switchName, BinancePages.API_KEYS.toString()), null);
        this.permission = permission;
    }

    ApiKey.Permission permission() {
        return permission;
    }
}
