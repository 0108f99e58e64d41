package dev.closeout.ui;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus;
import dev.closeout.exchange.WithdrawalNetwork;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo exchange seen through a test double: it counts the calls the app makes, and while
 * {@link #goDown} is in force every call to the exchange fails as an unreachable exchange would.
 */
public final class GatewayDouble implements ExchangeGateway {

    private final ExchangeGateway exchange;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private volatile ExchangeException failure;

    public GatewayDouble(ExchangeGateway exchange) {
        this.exchange = exchange;
    }

    /** From now on every call fails with {@code failure}. */
    public void goDown(ExchangeException failure) {
        this.failure = failure;
    }

    public void comeBack() {
        this.failure = null;
    }

    /** How often the app called {@code method} ("perform", "verify", "requestClosure", ...). */
    public int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    private void call(String method) throws ExchangeException {
        calls.merge(method, 1, Integer::sum);
        ExchangeException down = failure;
        if (down != null) {
            throw down;
        }
    }

    @Override
    public String id() {
        return exchange.id();
    }

    @Override
    public AccountSnapshot snapshot() throws ExchangeException {
        call("snapshot");
        return exchange.snapshot();
    }

    @Override
    public ActionResult perform(AccountAction action) throws ExchangeException {
        call("perform");
        return exchange.perform(action);
    }

    @Override
    public List<WithdrawalNetwork> withdrawalNetworks(String asset) throws ExchangeException {
        call("withdrawalNetworks");
        return exchange.withdrawalNetworks(asset);
    }

    @Override
    public Optional<String> addressProblem(String asset, String network, String address) throws ExchangeException {
        call("addressProblem");
        return exchange.addressProblem(asset, network, address);
    }

    @Override
    public Set<VerificationMethod> requiredVerification() throws ExchangeException {
        call("requiredVerification");
        return exchange.requiredVerification();
    }

    @Override
    public Set<VerificationMethod> verificationForFreeze(String reason) throws ExchangeException {
        call("verificationForFreeze");
        return exchange.verificationForFreeze(reason);
    }

    @Override
    public ActionResult sendCode(VerificationMethod method) throws ExchangeException {
        call("sendCode");
        return exchange.sendCode(method);
    }

    @Override
    public VerificationStatus verify(VerificationMethod method, String code) throws ExchangeException {
        call("verify");
        return exchange.verify(method, code);
    }

    @Override
    public VerificationStatus verificationStatus() throws ExchangeException {
        call("verificationStatus");
        return exchange.verificationStatus();
    }

    @Override
    public ActionResult requestClosure() throws ExchangeException {
        call("requestClosure");
        return exchange.requestClosure();
    }

    @Override
    public Optional<ClosureProgress> closureProgress() throws ExchangeException {
        call("closureProgress");
        return exchange.closureProgress();
    }

    @Override
    public ActionResult requestFreeze(String reason) throws ExchangeException {
        call("requestFreeze");
        return exchange.requestFreeze(reason);
    }

    @Override
    public ActionResult requestUnfreeze() throws ExchangeException {
        call("requestUnfreeze");
        return exchange.requestUnfreeze();
    }

    @Override
    public ActionResult register(String email, String referralCode) throws ExchangeException {
        call("register");
        return exchange.register(email, referralCode);
    }

    @Override
    public Optional<DemoControls> demoControls() {
        return exchange.demoControls();
    }
}
