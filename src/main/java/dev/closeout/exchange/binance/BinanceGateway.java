package dev.closeout.exchange.binance;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.HistoryProgress;
import dev.closeout.exchange.KeySwitch;
import dev.closeout.exchange.SideReading;
import dev.closeout.exchange.WebPage;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.exchange.binance.SnapshotMapper.Mapped;
import dev.closeout.i18n.Messages;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A real Binance account through its signed REST API. A snapshot asks every reading at once on
 * a small pool of threads, then the few that depend on an answer (further pages, margin orders
 * where margin funds are locked); a reading that fails becomes an {@code unknown} part, never a
 * zero. Fixes are the ones Binance's API allows a key to do: cancel orders, convert dust,
 * redeem flexible Earn. Closing, freezing, withdrawing, verification and grid bots are
 * unsupported: the UI hands the user to binance.com for those.
 *
 * <p>Built on the JDK's HTTP client and Jackson rather than Binance's official Java connector:
 * the connector is a dozen modules on OkHttp, Gson and a generated model of every endpoint,
 * none of which is a named JPMS module, to read some 35 endpoints Closeout maps by hand anyway;
 * and signing is a few lines with the JDK's own HMAC and Ed25519.
 */
public final class BinanceGateway implements ExchangeGateway {

    /** Enough threads for every first-round request at once (a reading, a P2P window, a paged reading's first page); each waits on the network. */
    private static final int PARALLEL = Reading.values().length + 12;

    private final BinanceClient client;
    private final BinanceCredentials credentials;
    private final Messages messages;
    private final BinanceFixes fixes;
    private final BinanceNetworks networks;
    /** Idle threads end after a minute, so a gateway no longer used holds none. */
    private final ExecutorService pool;
    private volatile Mapped last;

    BinanceGateway(BinanceClient client, BinanceCredentials credentials, Messages messages) {
        this.client = client;
        this.credentials = credentials;
        this.messages = messages;
        this.fixes = new BinanceFixes(client);
        this.networks = new BinanceNetworks(client);
        ThreadPoolExecutor threads = new ThreadPoolExecutor(PARALLEL, PARALLEL, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "binance-reading");
            thread.setDaemon(true);
            return thread;
        });
        threads.allowCoreThreadTimeOut(true);
        this.pool = threads;
    }

    /** The account behind these credentials, at these hosts; reasons for what cannot be read are worded by {@code messages}. */
    public static BinanceGateway open(BinanceCredentials credentials, BinanceHosts hosts, Messages messages) {
        return open(credentials, hosts, messages, BinanceClient.Settings.BINANCE_ACCOUNT_PACE);
    }

    /**
     * The same, asking the endpoints Binance allows once every 3 s per account no more often than
     * once every {@code accountPace}: a local Binance that keeps its own, shorter pace.
     */
    public static BinanceGateway open(BinanceCredentials credentials, BinanceHosts hosts, Messages messages, Duration accountPace) {
        return new BinanceGateway(new BinanceClient(hosts, credentials, BinanceClient.Settings.defaults().withAccountPace(accountPace)),
                credentials, messages);
    }

    @Override
    public String id() {
        return "binance";
    }

    /** The request weight this gateway has spent, by Binance's documented weights. */
    public long weightSpent() {
        return client.weightSpent();
    }

    @Override
    public AccountSnapshot snapshot() throws ExchangeException {
        client.ensureClockSynced();
        Instant takenAt = client.serverNow().truncatedTo(ChronoUnit.SECONDS);
        Answers answers = new SnapshotReader(client, pool, messages).read(takenAt);
        Mapped mapped = new SnapshotMapper(messages).map(answers, takenAt, messages.get("binance.keyLabel", credentials.maskedKey()));
        last = mapped;
        return mapped.snapshot();
    }

    /** The account's history since Binance opened, read by {@link BinanceHistory}; the last snapshot says which assets it holds. */
    @Override
    public Optional<AccountHistory> history(HistoryProgress progress) throws ExchangeException {
        Mapped seen = last;
        AccountSnapshot now = seen == null ? snapshot() : seen.snapshot();
        return Optional.of(new BinanceHistory(client, messages, pool, BinanceHistory.BINANCE_OPENED).read(now, progress));
    }

    @Override
    public ActionResult perform(AccountAction action) throws ExchangeException {
        Mapped seen = last;
        if (seen == null) {
            snapshot();
            seen = last;
        }
        return fixes.perform(action, seen);
    }

    /** Binance's withdrawal networks for the asset, for a plan carried out on binance.com: Closeout never withdraws there. */
    @Override
    public List<WithdrawalNetwork> withdrawalNetworks(String asset) throws ExchangeException {
        return networks.of(asset);
    }

    @Override
    public Optional<String> addressProblem(String asset, String network, String address) throws ExchangeException {
        return networks.addressProblem(asset, network, address);
    }

    @Override
    public List<KeySwitch> switchesWanted() {
        Mapped seen = last;
        return seen == null ? List.of() : seen.switchesWanted();
    }

    @Override
    public Set<SideReading> unreadLastTime() {
        Mapped seen = last;
        return seen == null ? Set.of() : seen.unread();
    }

    /** binance.com's page for what Binance's API does not let this key do, and for closing, disabling and security. */
    @Override
    public Optional<URI> pageFor(WebPage page) {
        return BinancePages.pageFor(page, last);
    }
}
