package dev.closeout.closure.export;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What the person asked to export: into a new folder inside {@code folder}, in these formats (at least one). */
public record ExportRequest(Path folder, Set<ExportFormat> formats) {

    public ExportRequest {
        Objects.requireNonNull(folder, "folder");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one format");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /** Every format: what the app ticks and the command line writes unless told otherwise. */
    public static ExportRequest everything(Path folder) {
        return new ExportRequest(folder, EnumSet.allOf(ExportFormat.class));
    }
}
