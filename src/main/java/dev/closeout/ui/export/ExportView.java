package dev.closeout.ui.export;

import atlantafx.base.theme.Styles;
import dev.closeout.closure.export.ExportFormat;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.export.ExportViewModel.State;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.desktop.OwnedWindow;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Export your history" in its own window: what is exported, the formats to tick, the folder
 * question, progress with counts, Cancel, and the result with where each file is.
 */
public final class ExportView {

    private final VBox root;
    private final ExportViewModel vm;
    private final Messages messages;

    private static final double NOT_INCLUDED_HEIGHT = 260;
    private static final double FILES_HEIGHT = 160;

    public ExportView(ExportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        Button start = new Button(messages.get("ui.export.start"), Ui.icon(Feather.FOLDER));
        start.setId("export-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.chooseFolderAndExport());
        start.disableProperty().bind(vm.anyFormatProperty().not());
        showWhile(start, State.READY, State.CANCELLED, State.FAILED);

        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(messages.get("ui.cancel"));
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        VBox running = new VBox(8, bar, cancel);
        showWhile(running, State.EXPORTING);

        Label status = Ui.text("");
        status.setId("export-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        vm.stateProperty().addListener((obs, old, now) -> {
            status.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            status.getStyleClass().add(now == State.FAILED ? Styles.DANGER : Styles.TEXT_MUTED);
        });

        root = Ui.page(Ui.title(messages.get("ui.export.title")), Ui.text(messages.get("ui.export.what")),
                Ui.muted(messages.get("ui.export.proof")), formats(), start, running, status, result());
        root.setId("export");
        root.setPrefWidth(620);
    }

    /** A box per format, all ticked to begin with; they stay as they are while an export runs. */
    private Node formats() {
        VBox boxes = new VBox(6, Ui.heading(messages.get("ui.export.formats")));
        for (ExportFormat format : ExportFormat.values()) {
            CheckBox box = new CheckBox(messages.get("ui.export.format." + format.name()));
            box.setId("export-format-" + format.cliName());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(vm.formatProperty(format));
            box.disableProperty().bind(vm.stateProperty().isEqualTo(State.EXPORTING));
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    private Node result() {
        Label summary = Ui.text("");
        summary.setId("export-summary");
        summary.textProperty().bind(vm.summaryProperty());
        // The folder's path can be selected and copied: without a file manager it is the way there.
        TextField folder = new TextField();
        folder.setId("export-folder");
        folder.setEditable(false);
        folder.getStyleClass().add(Styles.TEXT_BOLD);
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> vm.folderProperty().get() == null ? "" : vm.folderProperty().get().toString(), vm.folderProperty()));
        Button open = new Button(messages.get("ui.export.open"), Ui.icon(Feather.FOLDER));
        open.setId("export-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> vm.openFolder());
        Button copy = new Button(messages.get("ui.export.copyPath"), Ui.icon(Feather.COPY));
        copy.setId("export-copy-path");
        copy.setOnAction(e -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, folder.getText())));
        HBox actions = new HBox(10, open, copy);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label noFileManager = Ui.text("");
        noFileManager.setId("export-open-failed");
        noFileManager.getStyleClass().add(Styles.WARNING);
        noFileManager.textProperty().bind(vm.openFailedProperty());
        noFileManager.managedProperty().bind(vm.openFailedProperty().isNotEmpty());
        VBox done = new VBox(10, summary, folder, actions, noFileManager, files(), notIncluded());
        showWhile(done, State.DONE);
        return done;
    }

    /** Where each file is, a line each, to copy or find again; they scroll when they are many. */
    private Node files() {
        return new VBox(4, Ui.text(messages.get("ui.export.files")), lines("export-files", vm.filesProperty(), FILES_HEIGHT));
    }

    /** What the exchange could not give: a Binance export lists a dozen, so they scroll below the folder and its button. */
    private Node notIncluded() {
        ScrollPane scroll = lines("export-not-included", vm.notIncludedProperty(), NOT_INCLUDED_HEIGHT);
        scroll.visibleProperty().bind(vm.notIncludedProperty().isNotEmpty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        return scroll;
    }

    /** Lines of text that scroll past {@code height}. */
    private static ScrollPane lines(String id, ReadOnlyStringProperty text, double height) {
        Label label = Ui.muted("");
        label.setId(id);
        label.textProperty().bind(text);
        ScrollPane scroll = new ScrollPane(label);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(height);
        return scroll;
    }

    private void showWhile(Node node, State first, State... more) {
        Set<State> states = EnumSet.of(first, more);
        BooleanBinding shown = Bindings.createBooleanBinding(() -> states.contains(vm.stateProperty().get()), vm.stateProperty());
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    public Node node() {
        return root;
    }

    /** Shows the view in a window of its own over {@code owner}; closing it cancels an export under way. */
    /** The page in a window of its own over {@code owner}; {@code closed} runs once it is put away. */
    public void showOver(Window owner, Runnable closed) {
        Button close = new Button(messages.get("ui.close"));
        close.setId("export-close");
        close.textProperty().bind(Bindings.when(vm.stateProperty().isEqualTo(State.DONE))
                .then(messages.get("ui.done")).otherwise(messages.get("ui.close")));
        OwnedWindow window = new OwnedWindow(owner, messages.get("ui.export.title"), root, close);
        window.onClosed(() -> {
            vm.cancel();
            closed.run();
        });
        // Each state shows other parts: the window grows with them, so the result's buttons are never cut off.
        vm.stateProperty().addListener((obs, old, now) -> window.fitContent());
        window.show();
    }
}
