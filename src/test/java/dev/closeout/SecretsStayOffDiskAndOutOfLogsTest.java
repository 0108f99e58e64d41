package dev.closeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.cli.CloseoutCommand;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceKeyConnector;
import dev.closeout.exchange.binance.Ed25519Key;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.MemoryKeychain;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.storage.Preferences;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.settings.ConnectBinanceViewModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Binance secret and a private key never reach a file in the data folder, the console or a
 * log: every way of using them — connecting in Settings (refused and accepted), remembering,
 * connecting with the remembered key, forgetting it, the command line, and the errors on the
 * way — and then every file and every line printed or logged is searched for them.
 */
class SecretsStayOffDiskAndOutOfLogsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path usersFolder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeBinance binance = FakeBinance.withSamples();
    private final MemoryKeychain keychain = MemoryKeychain.working();
    private final Ed25519Key privateKey = Ed25519Key.generate();
    private final List<String> shown = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler logHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + " " + (record.getParameters() == null ? "" : Arrays.asList(record.getParameters()))
                    + " " + (record.getThrown() == null ? "" : stackTrace(record.getThrown())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream systemOut;
    private PrintStream systemErr;
    private Level rootLevel;

    @BeforeEach
    void captureConsoleAndLogs() {
        systemOut = System.out;
        systemErr = System.err;
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logHandler.setLevel(Level.ALL);
        root.addHandler(logHandler);
    }

    @AfterEach
    void release() {
        System.setOut(systemOut);
        System.setErr(systemErr);
        Logger.getLogger("").removeHandler(logHandler);
        Logger.getLogger("").setLevel(rootLevel);
        binance.close();
    }

    @Test
    void the_secret_and_the_private_key_are_in_no_file_of_the_data_folder_no_console_line_and_no_log() throws Exception {
        try (DemoExchange demo = DemoExchange.open(DataDirectory.demoExchange(dataDir))) {
            demo.snapshot();
        }
        Path keyFile = Files.writeString(usersFolder.resolve("binance-ed25519.pem"), privateKey.pem());

        connectInSettings(FakeBinance.SECRET, null);
        connectInSettings(null, keyFile);
        runTheCommandLine(keyFile);
        printWhatACrashWouldPrint();

        assertTrue(keychain.entries().isEmpty(), "every key remembered was forgotten");
        List<String> secrets = List.of(FakeBinance.SECRET, FakeBinance.API_KEY, privateKey.body(),
                privateKey.pem().lines().skip(1).findFirst().orElseThrow());
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                secrets.stream().filter(text::contains).forEach(s -> leaks.add(dataDir.relativize(file) + " holds " + mask(s)));
            }
        }
        String printed = console.toString(StandardCharsets.UTF_8);
        secrets.stream().filter(printed::contains).forEach(s -> leaks.add("the console printed " + mask(s)));
        for (String line : logged) {
            secrets.stream().filter(line::contains).forEach(s -> leaks.add("a log line holds " + mask(s)));
        }
        for (String text : shown) {
            secrets.stream().filter(text::contains).forEach(s -> leaks.add("the window shows " + mask(s) + " in: " + text));
        }
        assertEquals(List.of(), leaks);
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("as a logger would report it")), "the logs were captured, and searched");
        assertTrue(Files.exists(dataDir.resolve("settings.properties")), "the settings were written, and searched");
        assertTrue(printed.contains(messages.get("binance.error.signature")) && printed.contains(messages.get("binance.error.apiKeyCharacters"))
                && printed.contains("\"schemaVersion\""), "the command line ran, refused and accepted, and was searched");
    }

    /**
     * Settings, as each start of the app builds it: Binance refuses the key first, then accepts
     * it with "Remember" ticked; the next start connects with the remembered key and forgets it.
     */
    private void connectInSettings(String secret, Path keyFile) {
        RememberedKeys remembered = new RememberedKeys(keychain, Preferences.load(dataDir));
        binance.checkSignaturesWith((payload, signature) -> false);
        ConnectBinanceViewModel page = settingsPage(remembered, keyFile);
        page.apiKeyProperty().set(FakeBinance.API_KEY);
        page.secretProperty().set(secret);
        if (keyFile != null) {
            page.chooseKeyFile();
        }
        page.rememberProperty().set(true);
        page.connect();
        shown.add(page.errorProperty().get());
        assertEquals(messages.get("binance.error.signature"), page.errorProperty().get());

        if (secret == null) {
            privateKey.registerWith(binance);
        } else {
            binance.checkSignaturesWith((payload, signature) -> true);
        }
        page.secretProperty().set(secret);
        page.connect();
        assertEquals(messages.get("ui.binance.remembered"), page.noticeProperty().get());

        ConnectBinanceViewModel nextStart = settingsPage(new RememberedKeys(keychain, Preferences.load(dataDir)), null);
        nextStart.connectRemembered();
        nextStart.forget();
        for (ConnectBinanceViewModel each : List.of(page, nextStart)) {
            shown.addAll(List.of(each.errorProperty().get(), each.noticeProperty().get(), each.connectedAsProperty().get(),
                    each.rememberedKeyProperty().get(), each.whereKeptProperty().get()));
        }
        assertEquals(messages.get("ui.binance.forgotten"), nextStart.noticeProperty().get());
    }

    private ConnectBinanceViewModel settingsPage(RememberedKeys remembered, Path keyFile) {
        return new ConnectBinanceViewModel(UiExecutors.direct(), UiExecutors.direct(), messages,
                new KeyConnector(new BinanceKeyConnector(binance.baseUrl(), messages, binance.accountPace())),
                title -> Optional.ofNullable(keyFile), remembered, service -> { }, () -> { });
    }

    /** {@code closeout check --binance} and {@code snapshot --binance}, key in the environment, accepted and refused. */
    private void runTheCommandLine(Path keyFile) {
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        for (Map<String, String> environment : List.of(
                Map.of("BINANCE_API_KEY", FakeBinance.API_KEY, "BINANCE_API_SECRET", FakeBinance.SECRET),
                Map.of("BINANCE_API_KEY", FakeBinance.API_KEY, "BINANCE_PRIVATE_KEY_FILE", keyFile.toString()),
                Map.of("BINANCE_API_KEY", FakeBinance.SECRET + "\n" + FakeBinance.API_KEY, "BINANCE_API_SECRET", FakeBinance.SECRET))) {
            for (boolean accepted : new boolean[] {true, false}) {
                binance.checkSignaturesWith((payload, signature) -> accepted);
                if (accepted && environment.containsKey("BINANCE_PRIVATE_KEY_FILE")) {
                    privateKey.registerWith(binance);
                }
                Map<String, String> withBinance = new HashMap<>(environment);
                withBinance.put(CloseoutCommand.BASE_URL_VARIABLE, binance.baseUrl());
                for (String command : List.of("check", "snapshot")) {
                    new CloseoutCommand(out, out, messages, Main.exchanges(messages), dataDir, withBinance::get)
                            .run(List.of(command, "--binance"));
                }
            }
        }
    }

    /** The stack traces an unexpected failure would print: a key file that is no key, a key pasted with its secret. */
    private void printWhatACrashWouldPrint() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        String notEd25519 = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(ec.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        List<Throwable> failures = new ArrayList<>();
        try {
            BinanceCredentials.privateKey(FakeBinance.API_KEY, privateKey.pem().replace("-----END", "=-----END"), "a file");
        } catch (Exception e) {
            failures.add(e);
        }
        try {
            BinanceCredentials.privateKey(FakeBinance.API_KEY, notEd25519, "a file");
        } catch (Exception e) {
            failures.add(e);
        }
        try {
            BinanceCredentials.hmac(FakeBinance.API_KEY + " " + FakeBinance.SECRET, FakeBinance.SECRET);
        } catch (RuntimeException e) {
            failures.add(e);
        }
        assertEquals(3, failures.size(), "each of them fails");
        failures.forEach(Throwable::printStackTrace);
        Logger.getLogger("dev.closeout").log(Level.SEVERE, "as a logger would report it", failures.get(2));
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** A leak is reported by its ends only: the report itself must not leak. */
    private static String mask(String secret) {
        return secret.substring(0, 4) + "…" + secret.substring(secret.length() - 4);
    }
}
