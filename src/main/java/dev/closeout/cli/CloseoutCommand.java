package dev.closeout.cli;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.cli.Options.Option;
import dev.closeout.account.AccountStatus;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.closure.ReportJson;
import dev.closeout.closure.export.ExportFormat;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.SnapshotFormatException;
import dev.closeout.exchange.SnapshotReader;
import dev.closeout.exchange.SnapshotWriter;
import dev.closeout.i18n.Messages;
import dev.closeout.i18n.Reasons;
import dev.closeout.storage.FailureLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * {@code closeout} on the command line. Exit codes per the spec: 0 every condition met,
 * 1 something blocks closure, 2 the input could not be read (one line on stderr, nothing on stdout),
 * 3 an internal error (one line on stderr naming the log file with the details). Whatever happens,
 * {@link #run} returns one of these: nothing escapes it, and no stack trace reaches the terminal.
 */
public final class CloseoutCommand {

    public static final int ELIGIBLE = 0;
    public static final int BLOCKED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;
    /** The account is already closing or closed: there is nothing left to clear, and nothing to check again. */
    public static final int CLOSING_OR_CLOSED = 4;

    /** {@code check [FILE | --demo [--data-dir DIR] | --binance] [--format text|json]}. */
    static final Options.Syntax CHECK = new Options.Syntax(
            EnumSet.of(Option.DEMO, Option.BINANCE, Option.DATA_DIR, Option.FORMAT), 1);
    /** {@code snapshot --demo [--data-dir DIR] | --binance}. */
    static final Options.Syntax SNAPSHOT = new Options.Syntax(
            EnumSet.of(Option.DEMO, Option.BINANCE, Option.DATA_DIR), 0);

    /** Opens the exchanges the command line can check; wired in {@code Main}, the only place that knows the adapters. */
    public interface Exchanges {
        ExchangeGateway demo(Path dataDir) throws ExchangeException;

        ExchangeGateway binance(BinanceLogin login) throws ExchangeException;
    }

    /**
     * A Binance API key with its HMAC secret or its private-key file (one of the two), and the
     * base URL that replaces Binance's hosts when set. Never printed whole: see {@link #toString()}.
     */
    public record BinanceLogin(String apiKey, String secret, Path privateKeyFile, String baseUrl) {

        @Override
        public String toString() {
            return "BinanceLogin[key ending " + (apiKey.length() > 4 ? apiKey.substring(apiKey.length() - 4) : "") + ", "
                    + (secret != null ? "HMAC secret" : "private key " + privateKeyFile) + ", " + (baseUrl == null ? "production" : baseUrl) + "]";
        }
    }

    /** Where {@code --binance} finds its key: the environment, never the command line (which other users can see). */
    public static final String API_KEY_VARIABLE = "BINANCE_API_KEY";
    public static final String SECRET_VARIABLE = "BINANCE_API_SECRET";
    public static final String PRIVATE_KEY_VARIABLE = "BINANCE_PRIVATE_KEY_FILE";
    public static final String BASE_URL_VARIABLE = "CLOSEOUT_BINANCE_BASE_URL";

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final Exchanges exchanges;
    private final Path defaultDataDir;
    private final Function<String, String> environment;
    /** Where an internal error's log goes: the data folder, {@code --data-dir}'s once one is given. */
    private Path logFolder;

    public CloseoutCommand(PrintStream out, PrintStream err, Messages messages, Exchanges exchanges, Path defaultDataDir) {
        this(out, err, messages, exchanges, defaultDataDir, System::getenv);
    }

    /** {@code environment} looks up environment variables: {@code System::getenv}, or a test's own. */
    public CloseoutCommand(PrintStream out, PrintStream err, Messages messages, Exchanges exchanges, Path defaultDataDir,
                           Function<String, String> environment) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.exchanges = exchanges;
        this.defaultDataDir = defaultDataDir;
        this.environment = environment;
        this.logFolder = defaultDataDir;
    }

    public int run(List<String> args) {
        try {
            return command(args);
        } catch (Throwable failure) { // everything, as the spec asks: an Error too leaves one line and exit 3
            return internalError(args, failure);
        }
    }

    /** Anything not foreseen: the details in a log file, one line naming it. */
    private int internalError(List<String> args, Throwable failure) {
        String heading = "closeout " + version() + " " + (args.isEmpty() ? "" : args.get(0)) + ": internal error";
        try {
            Path log = FailureLog.write(logFolder, heading, failure,
                    Arrays.asList(environment.apply(SECRET_VARIABLE), environment.apply(API_KEY_VARIABLE)));
            err.println(oneLine(messages.get("cli.error.internal", log.toString())));
        } catch (IOException | RuntimeException e) {
            err.println(oneLine(messages.get("cli.error.internalNoLog", failure.getClass().getName(), Reasons.of(e))));
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /**
     * One line, whatever the input put into it: line breaks and other control characters (a
     * terminal's escape sequences among them) are shown as a backslash, u and four hex digits, never passed on.
     */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                line.append(String.format("\\u%04X", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }

    private int command(List<String> args) {
        if (args.isEmpty() || List.of("--help", "-h", "help").contains(args.get(0))) {
            out.println(usage(messages));
            return ELIGIBLE;
        }
        if (List.of("--version", "-V").contains(args.get(0))) {
            out.println(messages.get("cli.version", version()));
            return ELIGIBLE;
        }
        Options.Syntax syntax = switch (args.get(0)) {
            case "check" -> CHECK;
            case "snapshot" -> SNAPSHOT;
            case "export" -> ExportCommand.SYNTAX;
            case "plan" -> PlanCommand.SYNTAX;
            default -> null;
        };
        if (syntax == null) {
            return usageError(messages.get(args.get(0).startsWith("-") ? "cli.error.unknownOption" : "cli.error.unknownCommand", args.get(0)));
        }
        Options options;
        try {
            options = Options.read(args.subList(1, args.size()), syntax);
        } catch (Options.Refused refused) {
            return usageError(refusal(args.get(0), refused));
        }
        if (options.help) {
            out.println(usage(messages));
            return ELIGIBLE;
        }
        if (options.dataDir != null) {
            logFolder = options.dataDir;
        }
        return switch (args.get(0)) {
            case "check" -> check(options);
            case "snapshot" -> snapshot(options);
            case "plan" -> new PlanCommand(out, err, messages, this::open).run(options);
            default -> new ExportCommand(out, err, messages, this::open).run(options);
        };
    }

    /** What the command refused, in the user's words: export and plan, which take no file, word a stray argument their own way. */
    private String refusal(String command, Options.Refused refused) {
        String what = refused.argument;
        return switch (refused.problem) {
            case UNKNOWN_OPTION -> messages.get("cli.error.unknownOption", what);
            case EXTRA_ARGUMENT -> messages.get(command.equals("export") ? "cli.export.error.extra"
                    : command.equals("plan") ? "cli.plan.error.extra" : "cli.error.extraFile", what);
            case VALUE_MISSING -> what.equals(Option.FORMATS.name)
                    ? messages.get("cli.export.error.formatsMissing", String.join(", ", ExportFormat.names()))
                    : messages.get(what.equals(Option.DATA_DIR.name) ? "cli.error.dataDirMissing"
                    : what.equals(Option.FORMAT.name) ? "cli.error.formatMissing"
                    : command.equals("plan") ? "cli.plan.error.toAndNetwork" : "cli.export.error.toMissing");
            case UNKNOWN_FORMAT -> messages.get("cli.error.format", what);
        };
    }

    /** The account the options chose: Binance's, or the demo's in its folder; null, with the reason on stderr, when Binance's key is missing. */
    private ExchangeGateway open(Options options) throws ExchangeException {
        if (options.binance) {
            return openBinance();
        }
        ExchangeGateway demo = exchanges.demo(options.dataDir == null ? defaultDataDir : options.dataDir);
        demo.demoControls().flatMap(DemoControls::setAsideFile)
                .ifPresent(file -> err.println(messages.get("demo.setAside", file)));
        return demo;
    }

    private int check(Options options) {
        String file = options.files.isEmpty() ? null : options.files.get(0);
        if (options.binance && (options.demo || file != null)) {
            return usageError(messages.get("cli.error.oneAccount"));
        }
        if (options.demo && file != null) {
            return usageError(messages.get("cli.error.demoAndFile", file));
        }
        if (options.demo || options.binance) {
            return checkExchange(options);
        }
        if (file == null) {
            return usageError(messages.get("cli.error.noFile"));
        }
        AccountSnapshot snapshot;
        try {
            snapshot = read(Path.of(file));
        } catch (SnapshotFormatException e) {
            // The JSON path says where; the sentence around it says what it is, for someone who never met one.
            err.println(oneLine(messages.get("cli.error", e.path() == null ? messages.get("cli.error.snapshot", file, e.problem())
                    : messages.get("cli.error.snapshotAt", file, e.path(), e.problem()))));
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println(oneLine(messages.get("cli.error.file", file, messages.get("cli.error.missingFile"))));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println(oneLine(messages.get("cli.error.file", file, Files.isDirectory(Path.of(file))
                    ? messages.get("cli.error.folder")
                    : e instanceof AccessDeniedException
                            ? messages.get("cli.error.denied")
                            : messages.get("cli.error.unreadable", Reasons.of(e)))));
            return BAD_INPUT;
        }
        return print(new AccountCheck(snapshot, Eligibility.evaluate(snapshot)), options.format);
    }

    private int checkExchange(Options options) {
        AccountCheck check;
        try (ExchangeGateway gateway = open(options)) {
            if (gateway == null) {
                return BAD_INPUT;
            }
            check = new ClosureService(gateway).check();
        } catch (ExchangeException e) {
            err.println(oneLine(messages.get("cli.error", messages.say(e))));
            return BAD_INPUT;
        }
        return print(check, options.format);
    }

    /** {@code closeout snapshot --demo|--binance}: the account as a spec snapshot on stdout, for files and other tools. */
    private int snapshot(Options options) {
        if (options.demo == options.binance) {
            return usageError(messages.get("cli.error.snapshotSource"));
        }
        try (ExchangeGateway gateway = open(options)) {
            if (gateway == null) {
                return BAD_INPUT;
            }
            out.print(new SnapshotWriter().write(gateway.snapshot()) + System.lineSeparator());
            out.flush();
            return ELIGIBLE;
        } catch (ExchangeException e) {
            err.println(oneLine(messages.get("cli.error", messages.say(e))));
            return BAD_INPUT;
        }
    }

    /** The Binance account whose key the environment holds; null, with the reason on stderr, when it holds none. */
    private ExchangeGateway openBinance() throws ExchangeException {
        String apiKey = variable(API_KEY_VARIABLE);
        String secret = variable(SECRET_VARIABLE);
        String keyFile = variable(PRIVATE_KEY_VARIABLE);
        if (apiKey == null || (secret == null && keyFile == null)) {
            err.println(messages.get("cli.error", messages.get("cli.error.binanceKeyMissing")));
            return null;
        }
        if (secret != null && keyFile != null) {
            err.println(messages.get("cli.error", messages.get("cli.error.binanceKeyTwice")));
            return null;
        }
        return exchanges.binance(new BinanceLogin(apiKey, secret, keyFile == null ? null : Path.of(keyFile), variable(BASE_URL_VARIABLE)));
    }

    private String variable(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value;
    }

    private int print(AccountCheck check, String format) {
        ReadinessReport report = check.report();
        AccountStatus status = check.snapshot().profile().status();
        boolean over = status == AccountStatus.CLOSING || status == AccountStatus.CLOSED;
        out.print(format.equals("json") ? new ReportJson().render(report) + System.lineSeparator()
                : over ? new ReportText(messages).closingOrClosed(check.snapshot(), report)
                : new ReportText(messages).render(check.snapshot(), report));
        out.flush();
        return over ? CLOSING_OR_CLOSED : report.eligible() ? ELIGIBLE : BLOCKED;
    }

    /** Every command's usage: checking, exporting, then planning the way out. */
    static String usage(Messages messages) {
        String line = System.lineSeparator();
        return messages.get("cli.about") + line + line + messages.get("cli.usage") + line + messages.get("cli.usage.export") + line
                + messages.get("cli.usage.plan") + line + line + messages.get("cli.usage.exit");
    }

    private AccountSnapshot read(Path file) throws IOException, SnapshotFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return new SnapshotReader(messages).read(in);
        }
    }

    private int usageError(String problem) {
        return usageError(err, messages, problem);
    }

    /** Arguments a command cannot take: the problem in one line, where to read the usage, exit 2. */
    static int usageError(PrintStream err, Messages messages, String problem) {
        err.println(oneLine(messages.get("cli.error", problem)));
        err.println(messages.get("cli.error.hint"));
        return BAD_INPUT;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = CloseoutCommand.class.getResourceAsStream("/dev/closeout/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
