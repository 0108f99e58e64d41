package dev.closeout.cli;

import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.cli.Options.Option;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.export.ExportException;
import dev.closeout.closure.export.ExportFormat;
import dev.closeout.closure.export.ExportProgress;
import dev.closeout.closure.export.ExportRequest;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.closure.export.HistoryExport;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.i18n.Messages;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code closeout export --demo [--data-dir=DIR] --to DIR [--formats ...]} and
 * {@code closeout export --binance --to DIR [--formats ...]}: the account's history in the formats
 * named (every one unless told), with its closure record, into a new folder inside DIR. Exit 0 when
 * every file is written; 2 with one line on stderr when the arguments are wrong (a format no export
 * has among them), the account cannot be read or the folder cannot be written, and then nothing is
 * left behind. A read that takes long (Binance's limits make it minutes) says on stderr now and then
 * how far it has come.
 */
final class ExportCommand {

    /** How long an export reads quietly before stderr hears how far it has come, and then how often. */
    private static final Duration QUIET = Duration.ofSeconds(10);

    /** {@code export --demo [--data-dir DIR] | --binance, --to DIR, [--formats A,B]}. */
    static final Options.Syntax SYNTAX = new Options.Syntax(
            EnumSet.of(Option.DEMO, Option.BINANCE, Option.DATA_DIR, Option.TO, Option.FORMATS), 0);

    /** Opens the account the options chose; null, with the reason on stderr, when it cannot (Binance's key missing). */
    @FunctionalInterface
    interface AccountOpener {
        ExchangeGateway open(Options options) throws ExchangeException;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final AccountOpener account;

    ExportCommand(PrintStream out, PrintStream err, Messages messages, AccountOpener account) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.account = account;
    }

    /** Exports what {@code options} (read with {@link #SYNTAX}) chose. */
    int run(Options options) {
        if (options.demo == options.binance) {
            return usageError(messages.get("cli.export.error.which"));
        }
        if (options.to == null || options.to.isBlank()) {
            return usageError(messages.get("cli.export.error.toMissing"));
        }
        Path to = Path.of(options.to);
        Path parent = to.toAbsolutePath().getParent();
        if (!Files.exists(to) && parent != null && !Files.exists(parent)) {
            // A typing slip in the path would otherwise put the tax records somewhere no one looks.
            return usageError(messages.get("cli.export.error.noParent", options.to, parent.toString()));
        }
        ExportRequest request = ExportRequest.everything(to, messages);
        if (options.formats != null) {
            Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
            for (String name : options.formats.split(",", -1)) {
                Optional<ExportFormat> format = ExportFormat.named(name.strip());
                if (format.isEmpty()) {
                    return usageError(messages.get(name.isBlank() ? "cli.export.error.formatEmpty" : "cli.export.error.format", name.strip(),
                            String.join(", ", ExportFormat.names())));
                }
                formats.add(format.get());
            }
            request = new ExportRequest(to, formats, messages);
        }
        ExportResult result;
        try (ExchangeGateway gateway = account.open(options)) {
            if (gateway == null) {
                return CloseoutCommand.BAD_INPUT;
            }
            result = new ClosureService(gateway).export(request, new Telling(), () -> false);
        } catch (ExchangeException | ExportException e) {
            err.println(CloseoutCommand.oneLine(messages.get("cli.error", messages.say(e))));
            return CloseoutCommand.BAD_INPUT;
        }
        out.println(messages.get("cli.export.done", result.records(), messages.moment(result.from()), messages.moment(result.to()),
                result.folder().toString()));
        out.println(messages.get("cli.export.files", result.files().size()));
        out.println(messages.get("cli.export.record", result.folder().resolve(HistoryExport.RECORD).toString()));
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
        return CloseoutCommand.usageError(err, messages, problem);
    }
}
