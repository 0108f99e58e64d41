package dev.closeout.cli;

import dev.closeout.DataDirectory;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.demo.DemoExchange;
import java.nio.file.Path;

/** The command line's exchanges for tests that use the demo only: opening Binance is a test mistake. */
final class DemoOnlyExchanges implements CloseoutCommand.Exchanges {

    @Override
    public ExchangeGateway demo(Path dataDir) throws ExchangeException {
        return DemoExchange.open(DataDirectory.demoExchange(dataDir));
    }

    @Override
    public ExchangeGateway binance(CloseoutCommand.BinanceLogin login) {
        throw new AssertionError("these tests do not open Binance");
    }
}
