package dev.closeout.cli;

import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.export.ExportException;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.i18n.Messages;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code closeout export --demo [--data-dir=DIR] --to DIR}: the account's history, snapshot and
 * readiness report into a new folder inside DIR. Exit 0 when every file is written; 2 with one
 * line on stderr when the arguments are wrong or the folder cannot be written, and then nothing is left behind.
 */
final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final CloseoutCommand.Exchanges exchanges;
    private final Path defaultDataDir;

    ExportCommand(PrintStream out, PrintStream err, Messages messages, CloseoutCommand.Exchanges exchanges, Path defaultDataDir) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.exchanges = exchanges;
        this.defaultDataDir = defaultDataDir;
    }

    int run(List<String> args) {
        boolean demo = false;
        Path dataDir = defaultDataDir;
        Path to = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(CloseoutCommand.usage(messages));
                return CloseoutCommand.ELIGIBLE;
            } else if (arg.equals("--demo")) {
                demo = true;
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
        if (!demo) {
            return usageError(messages.get("cli.export.error.which"));
        }
        if (to == null || to.toString().isBlank()) {
            return usageError(messages.get("cli.export.error.toMissing"));
        }
        return export(dataDir, to);
    }

    private int export(Path dataDir, Path to) {
        ExportResult result;
        try {
            result = new ClosureService(exchanges.demo(dataDir)).export(to, progress -> { }, () -> false);
        } catch (ExchangeException e) {
            err.println(messages.get("cli.error", messages.get(e.messageKey(), e.args().toArray())));
            return CloseoutCommand.BAD_INPUT;
        } catch (ExportException e) {
            err.println(messages.get("cli.error", messages.get(e.messageKey(), e.args().toArray())));
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

    private int usageError(String problem) {
        err.println(messages.get("cli.error", problem));
        err.println(messages.get("cli.error.hint"));
        return CloseoutCommand.BAD_INPUT;
    }
}
