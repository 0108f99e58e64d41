package dev.closeout.exchange;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.history.AccountHistory;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The port to an exchange: what Closeout reads from it and asks of it. An adapter that cannot
 * do something answers {@link ActionResult#unsupported()} (the defaults below) instead of
 * pretending; the UI then hands the user over to the exchange's website for that step.
 * I/O failures are {@link ExchangeException}s; refusals by the exchange are results.
 */
public interface ExchangeGateway extends AutoCloseable {

    /** Which exchange this is, as a stable id ("demo", "binance"); people see the name the bundle gives it. */
    String id();

    /** Everything the account holds now. A fresh snapshot after every action. */
    AccountSnapshot snapshot() throws ExchangeException;

    /**
     * Everything the account did, as far back as this exchange gives it (trades, deposits,
     * withdrawals, transfers, Earn, dust, P2P, futures income), telling {@code progress} as it
     * reads; empty when this exchange cannot give history at all.
     */
    default Optional<AccountHistory> history(HistoryProgress progress) throws ExchangeException {
        return Optional.empty();
    }

    /**
     * The exchange's own log of every action Closeout asked of the account, oldest first; empty
     * when the exchange keeps none that Closeout can read (a real exchange keeps its record on its
     * website), and Closeout's own record of what it asked must do.
     */
    default Optional<List<LoggedAction>> actionLog() throws ExchangeException {
        return Optional.empty();
    }

    /** Performs one fix or account change, or says why not. */
    default ActionResult perform(AccountAction action) throws ExchangeException {
        return ActionResult.unsupported();
    }

    /**
     * The page of the exchange's website for what Closeout cannot do or read here. For an
     * action, empty means the exchange lets Closeout do it ({@link #perform}); anything else the
     * person does on that page. Answered from what the adapter already knows, without asking the
     * exchange: the FX thread may ask it.
     */
    /** The key's switches, off, that kept the last snapshot from reading something, in the user's words. */
    default List<KeySwitch> switchesWanted() {
        return List.of();
    }

    /** What the last snapshot could not read beside its parts (recurring plans, the key's permissions). */
    default Set<SideReading> unreadLastTime() {
        return Set.of();
    }

    default Optional<URI> pageFor(WebPage page) {
        return Optional.empty();
    }

    /** The networks an asset can be withdrawn on, the exchange's default first, each with its minimum and fee; empty if none or unknown. */
    default List<WithdrawalNetwork> withdrawalNetworks(String asset) throws ExchangeException {
        return List.of();
    }

    /**
     * What is wrong with a withdrawal address for an asset on a network, checked as it is typed:
     * a message key under {@code action.withdraw.address.} whose one argument is the network's
     * name; empty when the address looks right or this exchange cannot tell before a withdrawal.
     */
    default Optional<String> addressProblem(String asset, String network, String address) throws ExchangeException {
        return Optional.empty();
    }

    /** The second factors this account requires before closure (and freezing). */
    default Set<VerificationMethod> requiredVerification() throws ExchangeException {
        return Set.of();
    }

    /**
     * The second factors a freeze for {@code reason} asks for: the exchange decides, as its own "disable account" does (one
     * who lost their phone, or fears someone else is in, is asked only for what they still have). All of
     * {@link #requiredVerification} unless the exchange says otherwise.
     */
    default Set<VerificationMethod> verificationForFreeze(String reason) throws ExchangeException {
        return requiredVerification();
    }

    /** Sends a code by email or SMS. */
    default ActionResult sendCode(VerificationMethod method) throws ExchangeException {
        return ActionResult.unsupported();
    }

    /** Checks one code; the status says what is verified, attempts left, lockout. */
    default VerificationStatus verify(VerificationMethod method, String code) throws ExchangeException {
        return VerificationStatus.unsupported();
    }

    default VerificationStatus verificationStatus() throws ExchangeException {
        return VerificationStatus.unsupported();
    }

    /**
     * Asks the exchange to close the account. Accepted only with a fresh, complete
     * verification and an account that meets every condition at that moment. Asking again
     * while closing answers the same request.
     */
    default ActionResult requestClosure() throws ExchangeException {
        return ActionResult.unsupported();
    }

    /** Where the account stands in the closing queue, if it is in it. */
    default Optional<ClosureProgress> closureProgress() throws ExchangeException {
        return Optional.empty();
    }

    /** A support request to freeze the account: no log-in, no trading, every record kept. */
    default ActionResult requestFreeze(String reason) throws ExchangeException {
        return ActionResult.unsupported();
    }

    default ActionResult requestUnfreeze() throws ExchangeException {
        return ActionResult.unsupported();
    }

    /** Registers a new account, possibly with an email a closed account released. */
    default ActionResult register(String email, String referralCode) throws ExchangeException {
        return ActionResult.unsupported();
    }

    /** The demo's own tools (inbox, clock, reset); empty for a real exchange. */
    default Optional<DemoControls> demoControls() {
        return Optional.empty();
    }

    /** Lets go of what the adapter holds (the demo, its data folder's lock); nothing to let go of by default. */
    @Override
    default void close() throws ExchangeException {
    }
}
