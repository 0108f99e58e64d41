package dev.closeout.ui.plan;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.WebPage;
import dev.closeout.exchange.WithdrawalNetwork;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The demo seen as an exchange that has the person do every action on its website, as Binance does most. */
final class OnTheWebsite implements ExchangeGateway {

    private final ExchangeGateway exchange;

    OnTheWebsite(ExchangeGateway exchange) {
        this.exchange = exchange;
    }

    @Override
    public String id() {
        return exchange.id();
    }

    @Override
    public AccountSnapshot snapshot() throws ExchangeException {
        return exchange.snapshot();
    }

    @Override
    public List<WithdrawalNetwork> withdrawalNetworks(String asset) throws ExchangeException {
        return exchange.withdrawalNetworks(asset);
    }

    @Override
    public Optional<URI> pageFor(WebPage page) {
        return page instanceof WebPage.ForAction doing
                ? Optional.of(URI.create("https://exchange.example/" + doing.action().getClass().getSimpleName())) : Optional.empty();
    }

    @Override
    public Optional<DemoControls> demoControls() {
        return exchange.demoControls();
    }
}
