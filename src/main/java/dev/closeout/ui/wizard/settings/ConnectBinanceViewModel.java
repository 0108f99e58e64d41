package dev.closeout.ui.wizard.settings;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.ApiKey;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.BinanceHosts;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.shell.AccountState;
import dev.closeout.ui.shell.UiExecutors;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Connect a Binance account": an API key with its secret or its private-key file. Connecting
 * opens the account off the FX thread, reads it once, says what the key may do, and hands the
 * whole app over to that account. The secret stays in memory only: it is cleared from the form
 * once the key is connected, and nothing here writes or logs it.
 */
public final class ConnectBinanceViewModel {

    private final UiExecutors executors;
    private final Messages messages;
    private final String baseUrl;
    private final KeyFileChooser chooser;
    private final Consumer<ClosureService> onConnected;
    private final Runnable onBackToDemo;

    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final ObjectProperty<Path> keyFile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper keyFileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper apiKeyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signerError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper permissions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper withdrawWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connectedAs = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * {@code baseUrl}, when not blank, replaces Binance's hosts (as {@code CLOSEOUT_BINANCE_BASE_URL}
     * does); {@code onConnected} receives the account to switch the app to, on the FX side.
     */
    public ConnectBinanceViewModel(UiExecutors executors, Messages messages, String baseUrl, KeyFileChooser chooser,
            Consumer<ClosureService> onConnected, Runnable onBackToDemo) {
        this.executors = executors;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.chooser = chooser;
        this.onConnected = onConnected;
        this.onBackToDemo = onBackToDemo;
        keyFile.addListener((obs, old, file) -> keyFileName.set(file == null ? "" : file.getFileName().toString()));
    }

    public void chooseKeyFile() {
        chooser.choose(messages.get("ui.binance.chooseKeyFile")).ifPresent(keyFile::set);
    }

    /** Checks the form, then connects in the background; false when the form is refused. */
    public boolean connect() {
        error.set("");
        String key = apiKey.get() == null ? "" : apiKey.get().strip();
        String secretText = secret.get() == null ? "" : secret.get().strip();
        Path file = keyFile.get();
        apiKeyError.set(key.isEmpty() ? messages.get("ui.binance.error.noKey") : "");
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
        busy.set(true);
        executors.run(() -> {
            BinanceCredentials credentials = file == null ? BinanceCredentials.hmac(key, secretText)
                    : BinanceCredentials.privateKeyFile(key, file);
            BinanceGateway gateway = BinanceGateway.open(credentials, BinanceHosts.productionOr(baseUrl), messages);
            return new Opened(gateway, gateway.snapshot());
        }, opened -> {
            busy.set(false);
            secret.set("");
            showConnected(opened.snapshot());
            onConnected.accept(new ClosureService(opened.gateway()));
        }, failure -> {
            busy.set(false);
            error.set(AccountState.describe(messages, failure));
        });
        return true;
    }

    private record Opened(BinanceGateway gateway, AccountSnapshot snapshot) {
    }

    /** Shows a connected account: which key, and what Binance says it may do. */
    public void showConnected(AccountSnapshot snapshot) {
        connected.set(true);
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

    public ObjectProperty<Path> keyFileProperty() {
        return keyFile;
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
