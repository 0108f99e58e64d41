package dev.closeout.closure.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The layouts an export can be written in, each named as {@code closeout export --formats} takes
 * it: the exchange's transaction statement, Koinly's universal CSV, CoinTracking's CSV import,
 * and Closeout's own files (a CSV per part of the history, the snapshot, the readiness report and
 * the JSON bundle). The closure record, the manifest and the checksums come with every export.
 */
public enum ExportFormat {
    STATEMENT("statement"),
    KOINLY("koinly"),
    COINTRACKING("cointracking"),
    CLOSEOUT("closeout");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name {@code --formats} takes. */
    public String cliName() {
        return cliName;
    }

    /** The format of that name, exactly as {@code --formats} spells it; empty for any other. */
    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
    }

    /** Every name, in the order formats are listed. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).toList();
    }
}
