package dev.closeout.cli;

import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.export.ExportException;
import dev.closeout.closure.export.ExportProgress;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.i18n.Messages;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code closeout export --demo [--data-dir=DIR] --to DIR} and {@code closeout export --binance --to DIR}:
 * the account's history, snapshot and readiness report into a new folder inside DIR. Exit 0 when
 * every file is written; 2 with one line on stderr when the arguments are wrong, the account cannot
 * be read or the folder cannot be written, and then nothing is left behind. A read that takes
 * long (Binance's limits make it minutes) says on stderr now and then how far it has come.
 */
final class ExportCommand {

    /** How long an export reads quietly before stderr hears how far it has come, and then how often. */
    private static final Duration QUIET = Duration.ofSeconds(10);

    /** Opens the Binance account whose key the environment holds; null, with the reason on stderr, when it holds none. */
    @FunctionalInterface
    interface BinanceOpener {
        ExchangeGateway open() throws ExchangeException;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final CloseoutCommand.Exchanges exchanges;
    private final Path defaultDataDir;
    private final BinanceOpener binance;

    ExportCommand(PrintStream out, PrintStream err, Messages messages, CloseoutCommand.Exchanges exchanges, Path defaultDataDir,
            BinanceOpener binance) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.exchanges = exchanges;
        this.defaultDataDir = defaultDataDir;
        this.binance = binance;
    }

    int run(List<String> args) {
        boolean demo = false;
        boolean fromBinance = false;
        Path dataDir = defaultDataDir;
        Path to = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(CloseoutCommand.usage(messages));
                return CloseoutCommand.ELIGIBLE;
            } else if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--binance")) {
                fromBinance = true;
            } else if (arg.equals("--data-dir") || arg.equals("--to")) {
                if (i + 1 == args.size()) {
                    return usageError(messages.get(arg.equals("--to") ? "cli.export.error.toMissing" : "cli.error.dataDirMissing"));
                }
                Path folder = Path.of(args.get(++i));
                if (arg.equals("--to")) {
                    to = folder;
                } else {
                    dataDir = folder;
                }
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--to=")) {
                to = Path.of(arg.substring("--to=".length()));
            } else {
                return usageError(messages.get(arg.startsWith("-") ? "cli.error.unknownOption" : "cli.export.error.extra", arg));
            }
        }
        if (demo == fromBinance) {
            return usageError(messages.get("cli.export.error.which"));
        }
        if (to == null || to.toString().isBlank()) {
            return usageError(messages.get("cli.export.error.toMissing"));
        }
        return export(fromBinance, dataDir, to);
    }

    private int export(boolean fromBinance, Path dataDir, Path to) {
        ExportResult result;
        try (ExchangeGateway gateway = fromBinance ? binance.open() : exchanges.demo(dataDir)) {
            if (gateway == null) {
                return CloseoutCommand.BAD_INPUT;
            }
            result = new ClosureService(gateway).export(to, new Telling(), () -> false);
        } catch (ExchangeException | ExportException e) {
            err.println(CloseoutCommand.oneLine(messages.get("cli.error", messages.say(e))));
            return CloseoutCommand.BAD_INPUT;
        }
        out.println(messages.get("cli.export.done", result.records(), messages.moment(result.from()), messages.moment(result.to()),
                result.folder().toString()));
        out.println(messages.get("cli.export.files", result.files().size()));
        for (NotIncluded missing : result.notIncluded()) {
            out.println(messages.get("cli.export.notIncluded", missing.what(), missing.reason(),
                    missing.whereToGetIt() == null ? "" : missing.whereToGetIt()).strip());
        }
        out.flush();
        return CloseoutCommand.ELIGIBLE;
    }

    /** Tells stderr how many records each part has, once the read has been quiet for a while. */
    private final class Telling implements Consumer<ExportProgress> {

        private long next = System.nanoTime() + QUIET.toNanos();

        @Override
        public void accept(ExportProgress step) {
            if (step instanceof ExportProgress.Reading r && System.nanoTime() - next >= 0) {
                err.println(messages.get("cli.export.reading", messages.get("ui.export.part." + r.part().name()), r.records()));
                next = System.nanoTime() + QUIET.toNanos();
            }
        }
    }

    private int usageError(String problem) {
        err.println(messages.get("cli.error", problem));
        err.println(messages.get("cli.error.hint"));
        return CloseoutCommand.BAD_INPUT;
    }
}
