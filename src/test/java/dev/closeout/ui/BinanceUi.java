package dev.closeout.ui;

import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.UiExecutors;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Binance account on the local Binance that serves the documented samples, behind ViewModels
 * that run in place: ViewModel tests of what the app does on a real exchange, without a toolkit.
 */
public final class BinanceUi implements AutoCloseable {

    public final FakeBinance binance = FakeBinance.withSamples();
    public final Messages messages = Messages.forLocale(Locale.ENGLISH);
    public final ClosureService service = new ClosureService(BinanceGateway.open(
            BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET), binance.hosts(), messages, binance.accountPace()));
    /** The pages the app opened in the browser, in order. */
    public final List<URI> opened = new ArrayList<>();
    public final AccountState account = new AccountState(service, UiExecutors.direct(), messages, opened::add);

    /** How many times the app read the spot account: once per snapshot. */
    public int reads() {
        return binance.requests("/api/v3/account").size();
    }

    @Override
    public void close() {
        binance.close();
    }
}
