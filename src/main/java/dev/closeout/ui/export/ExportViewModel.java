package dev.closeout.ui.export;

import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.closure.export.ExportException;
import dev.closeout.closure.export.ExportFormat;
import dev.closeout.closure.export.ExportProgress;
import dev.closeout.closure.export.ExportRequest;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.desktop.FolderChooser;
import dev.closeout.ui.desktop.FolderOpener;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Export your history": the user ticks the formats (all of them to begin with) and picks a
 * folder, the export runs in the background telling what it has read and written, it can be
 * cancelled, and at the end it says where each file is and the folder can be opened.
 */
public final class ExportViewModel {

    /** Where the export stands. */
    public enum State { READY, EXPORTING, DONE, CANCELLED, FAILED }

    /** A progress value that says "under way, share unknown" (what a progress bar shows as indeterminate). */
    public static final double UNKNOWN = -1;

    private final AccountState account;
    private final Messages messages;
    private final FolderChooser chooser;
    private final FolderOpener opener;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notIncluded = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openFailed = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper files = new ReadOnlyStringWrapper("");
    private final Map<ExportFormat, BooleanProperty> formats = new EnumMap<>(ExportFormat.class);
    private final BooleanBinding anyFormat;
    private final Map<HistoryPart, Integer> read = new EnumMap<>(HistoryPart.class);
    private AtomicBoolean cancelled = new AtomicBoolean();

    public ExportViewModel(AccountState account, FolderChooser chooser, FolderOpener opener) {
        this.account = account;
        this.messages = account.messages();
        this.chooser = chooser;
        this.opener = opener;
        for (ExportFormat format : ExportFormat.values()) {
            formats.put(format, new SimpleBooleanProperty(true));
        }
        anyFormat = Bindings.createBooleanBinding(() -> formats.values().stream().anyMatch(BooleanProperty::get),
                formats.values().toArray(BooleanProperty[]::new));
    }

    /** Whether the export writes this format; every one is ticked to begin with. */
    public BooleanProperty formatProperty(ExportFormat format) {
        return formats.get(format);
    }

    /** At least one format is ticked: there is something to export. */
    public BooleanBinding anyFormatProperty() {
        return anyFormat;
    }

    /** Asks for a folder, then exports into it; nothing happens if the user changes their mind or ticked no format. */
    public void chooseFolderAndExport() {
        if (state.get() != State.EXPORTING && anyFormat.get()) {
            chooser.choose(messages.get("ui.export.choose")).ifPresent(this::export);
        }
    }

    private void export(Path chosen) {
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        read.clear();
        folder.set(null);
        files.set("");
        summary.set("");
        notIncluded.set("");
        state.set(State.EXPORTING);
        progress.set(UNKNOWN);
        status.set(messages.get("ui.export.starting"));
        Set<ExportFormat> ticked = EnumSet.noneOf(ExportFormat.class);
        formats.forEach((format, on) -> {
            if (on.get()) {
                ticked.add(format);
            }
        });
        ExportRequest request = new ExportRequest(chosen, ticked, messages);
        account.executors().run(() -> account.service().export(request,
                        step -> account.executors().fx().execute(() -> show(step)), cancel::get),
                this::exported, this::failed);
    }

    private void show(ExportProgress step) {
        if (state.get() != State.EXPORTING || cancelled.get()) {
            return;
        }
        if (step instanceof ExportProgress.Reading r) {
            read.put(r.part(), r.records());
            progress.set(UNKNOWN);
            status.set(messages.get("ui.export.reading", messages.get("ui.export.part." + r.part().name()), r.records()));
        } else if (step instanceof ExportProgress.Writing w) {
            progress.set((w.number() - 1) / (double) w.files());
            status.set(messages.get("ui.export.writing", w.file(), w.number(), w.files(), recordsRead()));
        }
    }

    private int recordsRead() {
        return read.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void exported(ExportResult result) {
        folder.set(result.folder());
        progress.set(1);
        status.set("");
        summary.set(messages.get("ui.export.done", result.records(), messages.moment(result.from()), messages.moment(result.to()),
                result.files().size()));
        notIncluded.set(result.notIncluded().stream().map(this::notIncluded).collect(Collectors.joining("\n")));
        files.set(result.files().stream().map(f -> result.folder().resolve(f.name()).toString()).collect(Collectors.joining("\n")));
        state.set(State.DONE);
    }

    private String notIncluded(NotIncluded missing) {
        return messages.get("ui.export.notIncluded", missing.what(), missing.reason(),
                missing.whereToGetIt() == null ? "" : missing.whereToGetIt()).strip();
    }

    private void failed(Exception failure) {
        progress.set(0);
        if (failure instanceof CancellationException) {
            status.set(messages.get("ui.export.cancelled"));
            state.set(State.CANCELLED);
            return;
        }
        status.set(failure instanceof ExportException e ? messages.say(e) : account.describe(failure));
        state.set(State.FAILED);
    }

    /** Stops the export at its next step; what it wrote is removed. */
    public void cancel() {
        if (state.get() == State.EXPORTING && !cancelled.getAndSet(true)) {
            status.set(messages.get("ui.export.cancelling"));
        }
    }

    /** Shows the exported folder in the file manager; where there is none, says so: the path can be copied instead. */
    public void openFolder() {
        Path exported = folder.get();
        if (exported != null) {
            openFailed.set("");
            account.executors().run(() -> {
                opener.open(exported);
                return exported;
            }, opened -> { }, failure -> openFailed.set(messages.get("ui.export.noFileManager", exported.toString())));
        }
    }

    /** That no file manager could show the folder, with its path; empty when it could. */
    public ReadOnlyStringProperty openFailedProperty() {
        return openFailed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** From 0 to 1 while files are written; {@link #UNKNOWN} while the exchange is read. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening now with its counts, or why it stopped. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What was exported, once it is done. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the exchange could not give, a line each with where to get it; empty when it gave everything. */
    public ReadOnlyStringProperty notIncludedProperty() {
        return notIncluded.getReadOnlyProperty();
    }

    /** Where each file of the export is, a line each, once it is done. */
    public ReadOnlyStringProperty filesProperty() {
        return files.getReadOnlyProperty();
    }

    /** The folder the export is in, once it is done. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }
}
