package dev.closeout.closure.export;

import dev.closeout.i18n.Messages;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the person asked to export: into a new folder inside {@code folder}, in these formats (at
 * least one), with the closure record in {@code language}, theirs.
 */
public record ExportRequest(Path folder, Set<ExportFormat> formats, Messages language) {

    public ExportRequest {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(language, "language");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one format");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /** Every format: what the app ticks and the command line writes unless told otherwise. */
    public static ExportRequest everything(Path folder, Messages language) {
        return new ExportRequest(folder, EnumSet.allOf(ExportFormat.class), language);
    }
}
