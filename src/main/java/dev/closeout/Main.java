package dev.closeout;

import dev.closeout.cli.CloseoutCommand;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.BinanceHosts;
import dev.closeout.exchange.binance.BinanceKeyConnector;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.SystemKeychain;
import dev.closeout.ui.shell.CloseoutApp;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Entry point, and the one place that wires adapters: {@code closeout check …} runs the command
 * line; no command (with {@code --data-dir}, {@code --probe-startup}) opens the desktop app on
 * the demo exchange.
 */
public final class Main {

    /**
     * How long a command waits for another Closeout to let go of the demo's folder: long enough for
     * another command to finish, short enough not to hang beside an open app, which holds it until it closes.
     */
    private static final Duration COMMAND_WAITS_FOR_LOCK = Duration.ofSeconds(5);

    private Main() {
    }

    public static void main(String[] args) {
        Charset charset = consoleCharset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        List<String> arguments = List.of(args);
        if (arguments.isEmpty() || arguments.get(0).startsWith("--data-dir") || arguments.get(0).equals("--probe-startup")) {
            System.exit(openApp(arguments, err));
        }
        Messages messages = Messages.forLocale(Locale.getDefault());
        int exit;
        try {
            exit = new CloseoutCommand(out, err, messages, exchanges(messages), DataDirectory.defaultLocation(), System::getenv)
                    .run(arguments);
        } catch (RuntimeException | Error e) {
            // Only setting up can get here (run catches everything): no data folder to log into, so one line and exit 3.
            err.println(messages.get("cli.error.internalNoLog", e.getClass().getName(), messages.get("cli.error.noDataFolder")));
            exit = CloseoutCommand.INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** The adapters the command line can open; public so the command-line tests run the real wiring. */
    public static CloseoutCommand.Exchanges exchanges(Messages messages) {
        return new CloseoutCommand.Exchanges() {
            @Override
            public ExchangeGateway demo(Path dataDir) throws ExchangeException {
                return DemoExchange.open(DataDirectory.demoExchange(dataDir), COMMAND_WAITS_FOR_LOCK);
            }

            @Override
            public ExchangeGateway binance(CloseoutCommand.BinanceLogin login) throws ExchangeException {
                if (!BinanceCredentials.wellFormedKey(login.apiKey().strip())) {
                    throw new ExchangeException("binance.error.apiKeyCharacters", List.of(), null);
                }
                BinanceCredentials credentials = login.secret() != null
                        ? BinanceCredentials.hmac(login.apiKey(), login.secret())
                        : BinanceCredentials.privateKeyFile(login.apiKey(), login.privateKeyFile());
                return BinanceGateway.open(credentials, BinanceHosts.productionOr(login.baseUrl()), messages);
            }
        };
    }

    /** The window loads its own texts, in the language the user chose: these are only for what goes wrong before it. */
    private static int openApp(List<String> args, PrintStream err) {
        Path dataDir = DataDirectory.defaultLocation();
        boolean probe = false;
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--probe-startup")) {
                probe = true;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--data-dir") && i + 1 < rest.size()) {
                dataDir = Path.of(rest.get(++i));
            } else {
                Messages messages = Messages.forLocale(Locale.getDefault());
                err.println(messages.get("cli.error", messages.get("cli.error.unknownOption", arg)));
                return CloseoutCommand.BAD_INPUT;
            }
        }
        if (!Boolean.getBoolean(Relaunch.STARTED_AGAIN)) {
            Relaunch.plan(Relaunch.Process.current(), DataDirectory.startArchive(dataDir), args).ifPresent(Relaunch::startAgain);
        }
        Path demoFolder = DataDirectory.demoExchange(dataDir);
        // Opened in the background once the window is on screen, and again on "Try again".
        Supplier<CompletableFuture<ClosureService>> service = () -> CompletableFuture.supplyAsync(() -> {
            try {
                DemoExchange demo = DemoExchange.open(demoFolder);
                demo.setAsideFile().ifPresent(file -> err.println(Messages.forLocale(Locale.getDefault()).get("demo.setAside", file)));
                return new ClosureService(demo);
            } catch (ExchangeException e) {
                throw new CompletionException(e);
            }
        });
        String binanceBaseUrl = System.getenv(CloseoutCommand.BASE_URL_VARIABLE);
        CloseoutApp.launch(new CloseoutApp.Options(service, dataDir, probe,
                language -> new KeyConnector(new BinanceKeyConnector(binanceBaseUrl, language)), new SystemKeychain("Closeout")));
        return 0;
    }

    /** UTF-8 (JSON must be), unless a Windows console told Java its own code page. */
    private static Charset consoleCharset() {
        String console = System.getProperty("sun.stdout.encoding");
        return console == null ? StandardCharsets.UTF_8 : Charset.forName(console);
    }
}
