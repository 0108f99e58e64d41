package dev.closeout.ui.settings;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.ApiKey;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.KeySwitch;
import dev.closeout.i18n.Messages;
import dev.closeout.i18n.Reasons;
import dev.closeout.keychain.BinanceKey;
import dev.closeout.keychain.KeychainException;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.desktop.KeyFileChooser;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Connect a Binance account": an API key with its secret or its private-key file. Connecting
 * opens the account off the FX thread, reads it once, says what the key may do, and hands the
 * whole app over to that account. The secret is cleared from the form once the key is
 * connected; nothing here writes or logs it. Only when the user ticks "Remember" is the key kept
 * beyond this run, in the system keychain, on a thread of its own: the keychain may wait for
 * the user to unlock it. A remembered key is offered at start, never connected unasked.
 */
public final class ConnectBinanceViewModel {

    private final UiExecutors executors;
    private final UiExecutors keychainWork;
    private final Messages messages;
    private final KeyConnector binance;
    private final KeyFileChooser chooser;
    private final RememberedKeys keys;
    private final Consumer<ClosureService> onConnected;
    private final Runnable onBackToDemo;

    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final ObjectProperty<Path> keyFile = new SimpleObjectProperty<>();
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper rememberOffered = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper whereKept = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rememberedKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasRemembered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper keyFileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper apiKeyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signerError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper permissions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper withdrawWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper switchesWanted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connectedAs = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");

    /**
     * {@code executors} talk to Binance through {@code binance}, {@code keychainWork} to the system
     * keychain; {@code onConnected} receives the account to switch the app to, on the FX side.
     */
    public ConnectBinanceViewModel(UiExecutors executors, UiExecutors keychainWork, Messages messages, KeyConnector binance,
            KeyFileChooser chooser, RememberedKeys keys, Consumer<ClosureService> onConnected, Runnable onBackToDemo) {
        this.executors = executors;
        this.keychainWork = keychainWork;
        this.messages = messages;
        this.binance = binance;
        this.chooser = chooser;
        this.keys = keys;
        this.onConnected = onConnected;
        this.onBackToDemo = onBackToDemo;
        keyFile.addListener((obs, old, file) -> keyFileName.set(file == null ? "" : file.getFileName().toString()));
        showKeychain(keys.keychainFound().orElse(true));
        keys.rememberedKey().ifPresent(this::showRemembered);
        keys.notRemembered().filter(e -> e.reason() == KeychainException.Reason.REFUSED)
                .ifPresent(e -> error.set(messages.get("ui.binance.notRemembered", Reasons.of(e))));
        remember.addListener((obs, was, on) -> {
            if (on) {
                lookForKeychain();
            }
        });
    }

    public void chooseKeyFile() {
        chooser.choose(messages.get("ui.binance.chooseKeyFile")).ifPresent(keyFile::set);
    }

    /** Checks the form, then connects in the background, and remembers the key if asked; false when the form is refused. */
    public boolean connect() {
        String key = apiKey.get() == null ? "" : apiKey.get().strip();
        String secretText = secret.get() == null ? "" : secret.get().strip();
        Path file = keyFile.get();
        apiKeyError.set(key.isEmpty() ? messages.get("ui.binance.error.noKey")
                : binance.wellFormedKey(key) ? "" : messages.get("binance.error.apiKeyCharacters"));
        if (secretText.isEmpty() && file == null) {
            signerError.set(messages.get("ui.binance.error.noSecret"));
        } else if (!secretText.isEmpty() && file != null) {
            signerError.set(messages.get("ui.binance.error.both"));
        } else {
            signerError.set("");
        }
        if (!apiKeyError.get().isEmpty() || !signerError.get().isEmpty() || busy.get()) {
            return false;
        }
        boolean keep = remember.get();
        start(messages.get("ui.binance.connecting"));
        executors.run(() -> open(file == null ? BinanceKey.withSecret(key, secretText)
                : BinanceKey.withPrivateKey(key, binance.readPrivateKey(file)), file == null ? "" : file.toString()), opened -> {
                    secret.set("");
                    if (keep) {
                        rememberThenSwitch(opened);
                    } else {
                        switchTo(opened);
                    }
                }, this::failed);
        return true;
    }

    /** "Connect with it": the remembered key, read from the keychain, then the account, each on its own thread. */
    public void connectRemembered() {
        if (busy.get()) {
            return;
        }
        start(messages.get("ui.binance.waitingForKeychain"));
        keychainWork.run(keys::recall, key -> {
            busyText.set(messages.get("ui.binance.connecting"));
            executors.run(() -> open(key, messages.get("ui.binance.fromKeychain")), this::switchTo, this::failed);
        }, failure -> {
            busy.set(false);
            keychainFailed(failure, reason -> messages.get("ui.binance.recallFailed", reason));
        });
    }

    /** "Forget this key": out of the keychain, and the note that it is there out of the settings. */
    public void forget() {
        if (busy.get()) {
            return;
        }
        start(messages.get("ui.binance.waitingForKeychain"));
        keychainWork.run(() -> {
            keys.forget();
            return null;
        }, done -> {
            busy.set(false);
            rememberedKey.set("");
            hasRemembered.set(false);
            notice.set(messages.get("ui.binance.forgotten"));
        }, failure -> {
            busy.set(false);
            keychainFailed(failure, reason -> messages.get("ui.binance.forgetFailed", reason));
        });
    }

    private record Opened(BinanceKey key, ClosureService service, AccountSnapshot snapshot) {
    }

    /** Runs in the background; {@code from} names where a private key came from, should it be unusable. */
    private Opened open(BinanceKey key, String from) throws ExchangeException {
        ClosureService service = binance.open(key.apiKey(), key.secret(), key.privateKeyPem(), from);
        return new Opened(key, service, service.check().snapshot());
    }

    private void rememberThenSwitch(Opened opened) {
        busyText.set(messages.get("ui.binance.waitingForKeychain"));
        keychainWork.run(() -> {
            keys.remember(opened.key());
            return null;
        }, done -> {
            showRemembered(opened.key().maskedKey());
            notice.set(messages.get("ui.binance.remembered"));
            switchTo(opened);
        }, failure -> {
            keychainFailed(failure, reason -> messages.get("ui.binance.notRemembered", reason));
            switchTo(opened);
        });
    }

    private void switchTo(Opened opened) {
        busy.set(false);
        showConnected(opened.snapshot(), opened.service().switchesWanted());
        onConnected.accept(opened.service());
    }

    private void start(String doing) {
        error.set("");
        notice.set("");
        busyText.set(doing);
        busy.set(true);
    }

    private void failed(Exception failure) {
        busy.set(false);
        error.set(AccountState.describe(messages, failure));
    }

    /** Ticking "Remember" is when the keychain is first looked for: never at start, where it might ask to be unlocked. */
    private void lookForKeychain() {
        if (keys.keychainFound().isPresent()) {
            return;
        }
        whereKept.set(messages.get("ui.binance.lookingForKeychain"));
        keychainWork.run(() -> {
            keys.checkKeychain();
            return null;
        }, found -> showKeychain(true), failure -> {
            if (failure instanceof KeychainException e && e.reason() == KeychainException.Reason.UNAVAILABLE) {
                showKeychain(false);
            } else {
                showKeychain(true);
                keychainFailed(failure, reason -> messages.get("ui.binance.keychainFailed", reason));
            }
        });
    }

    /** No keychain turns "Remember" off for this run and says so; {@code whatFailed} words what did not happen, given why. */
    private void keychainFailed(Exception failure, UnaryOperator<String> whatFailed) {
        if (failure instanceof KeychainException e) {
            if (e.reason() == KeychainException.Reason.UNAVAILABLE) {
                showKeychain(false);
            }
            error.set(whatFailed.apply(e.reason() == KeychainException.Reason.UNAVAILABLE
                    ? messages.get("ui.binance.keychain.none") : Reasons.of(e)));
        } else {
            error.set(AccountState.describe(messages, failure));
        }
    }

    private void showKeychain(boolean found) {
        rememberOffered.set(found);
        whereKept.set(messages.get(found ? "ui.binance.whereKept" : "ui.binance.noKeychain"));
        if (!found) {
            remember.set(false);
        }
    }

    private void showRemembered(String maskedKey) {
        rememberedKey.set(messages.get("ui.binance.rememberedKey", maskedKey));
        hasRemembered.set(true);
    }

    /**
     * Shows a connected account: which key, what Binance says it may do, and which of its switches,
     * off, keep Closeout from seeing part of the account.
     */
    public void showConnected(AccountSnapshot snapshot, List<KeySwitch> switches) {
        connected.set(true);
        switchesWanted.set(switches.isEmpty() ? "" : messages.get("ui.binance.switchesWanted", switches.stream()
                .map(s -> messages.get("ui.binance.switchWanted", s.name(), s.wouldShow())).collect(Collectors.joining("; "))));
        List<ApiKey> keys = snapshot.apiKeys();
        if (keys.isEmpty()) {
            connectedAs.set(messages.get("ui.binance.connectedUnknownKey"));
            permissions.set(messages.get("ui.binance.permissions.unknown"));
            withdrawWarning.set("");
            return;
        }
        ApiKey key = keys.get(0);
        List<ApiKey.Permission> may = key.permissions();
        boolean trade = may.contains(ApiKey.Permission.SPOT_TRADE) || may.contains(ApiKey.Permission.MARGIN)
                || may.contains(ApiKey.Permission.FUTURES);
        connectedAs.set(messages.get("ui.binance.connected", key.label()));
        permissions.set(messages.get("ui.binance.permissions", yesNo(may.contains(ApiKey.Permission.READ)), yesNo(trade),
                yesNo(may.contains(ApiKey.Permission.WITHDRAW))));
        withdrawWarning.set(may.contains(ApiKey.Permission.WITHDRAW) ? messages.get("ui.binance.withdrawWarning") : "");
    }

    private String yesNo(boolean yes) {
        return yes ? messages.get("ui.binance.yes") : messages.get("ui.binance.no");
    }

    public void backToDemo() {
        onBackToDemo.run();
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** False when this computer has no keychain: "Remember" cannot be ticked. */
    public ReadOnlyBooleanProperty rememberOfferedProperty() {
        return rememberOffered.getReadOnlyProperty();
    }

    /** Where the key is kept, in plain words: memory, the keychain if asked, or memory only when there is none. */
    public ReadOnlyStringProperty whereKeptProperty() {
        return whereKept.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rememberedKeyProperty() {
        return rememberedKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasRememberedProperty() {
        return hasRemembered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keyFileNameProperty() {
        return keyFileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty apiKeyErrorProperty() {
        return apiKeyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signerErrorProperty() {
        return signerError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty switchesWantedProperty() {
        return switchesWanted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty permissionsProperty() {
        return permissions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty withdrawWarningProperty() {
        return withdrawWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectedAsProperty() {
        return connectedAs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
