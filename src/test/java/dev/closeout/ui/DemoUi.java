package dev.closeout.ui;

import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.exchange.demo.DemoSettings;
import dev.closeout.exchange.demo.DemoSteps;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.ExchangeClock;
import dev.closeout.ui.account.UiExecutors;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The seeded demo account behind ViewModels that run in place, on a fixed clock: ViewModel tests without a toolkit. */
public final class DemoUi {

    public static final Instant START = Instant.parse("2026-11-24T09:30:00Z");

    public final ClosureService service;
    public final DemoControls demo;
    public final AccountState account;
    public final Messages messages = Messages.forLocale(Locale.ENGLISH);
    /** The pages the app opened in the browser, in order. */
    public final List<URI> opened = new ArrayList<>();
    private final DemoExchange exchange;

    public DemoUi(Path dataDir) throws Exception {
        this(dataDir, UnaryOperator.identity(), UiExecutors.direct());
    }

    /**
     * The same demo seen through {@code wrap} (a test double between the app and the exchange),
     * its work run by {@code executors}.
     */
    public DemoUi(Path dataDir, UnaryOperator<ExchangeGateway> wrap, UiExecutors executors) throws Exception {
        exchange = DemoExchange.open(dataDir, Clock.fixed(START, ZoneOffset.UTC), new SecureRandom(), DemoSettings.defaults());
        service = new ClosureService(wrap.apply(exchange));
        demo = service.demoControls().orElseThrow();
        account = new AccountState(service, executors, messages, opened::add);
    }

    /** Lets go of the demo's folder, so that it can be opened again (as after a restart). */
    public void close() throws ExchangeException {
        exchange.close();
    }

    /** The exchange's clock, as the app's countdowns see it. */
    public Clock clock() {
        return new dev.closeout.ui.account.ExchangeClock(service.demoControls());
    }

    /** Clears every blocker through the service, as a user would (about 65 demo days pass), then reads the account. */
    public void clearEverything() throws ExchangeException {
        DemoSteps.clearEverything(service, demo);
        account.refresh();
    }

    /** Enters a fresh code for every security method through the service. */
    public void verifyEverything() throws ExchangeException {
        DemoSteps.verifyEverything(service, demo);
    }
}
