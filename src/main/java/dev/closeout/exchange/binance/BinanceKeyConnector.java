package dev.closeout.exchange.binance;

import dev.closeout.exchange.ApiKeyConnector;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Connects a Binance account with an API key, at Binance's hosts or, when {@code baseUrl} is
 * set (as {@code CLOSEOUT_BINANCE_BASE_URL} does), at one base URL; what cannot be read is
 * worded by {@code messages}. A bad base URL is reported when connecting, like any other failure.
 */
public record BinanceKeyConnector(String baseUrl, Messages messages, Duration accountPace) implements ApiKeyConnector {

    /** At Binance's own pace: its once-every-3-seconds endpoints asked no more often. */
    public BinanceKeyConnector(String baseUrl, Messages messages) {
        this(baseUrl, messages, BinanceClient.Settings.BINANCE_ACCOUNT_PACE);
    }

    @Override
    public boolean wellFormedKey(String apiKey) {
        return BinanceCredentials.wellFormedKey(apiKey);
    }

    @Override
    public String readPrivateKey(Path file) throws ExchangeException {
        return BinanceCredentials.readPem(file);
    }

    @Override
    public ExchangeGateway openWithSecret(String apiKey, String secret) throws ExchangeException {
        return open(BinanceCredentials.hmac(apiKey, secret));
    }

    @Override
    public ExchangeGateway openWithPrivateKey(String apiKey, String privateKeyPem, String from) throws ExchangeException {
        return open(BinanceCredentials.privateKey(apiKey, privateKeyPem, from));
    }

    private BinanceGateway open(BinanceCredentials credentials) throws ExchangeException {
        return BinanceGateway.open(credentials, BinanceHosts.productionOr(baseUrl), messages, accountPace);
    }
}
