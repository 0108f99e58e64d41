package dev.closeout.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.i18n.Messages;
import dev.closeout.i18n.Reasons;
import dev.closeout.keychain.Keychain;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.storage.Preferences;
import dev.closeout.ui.account.Crashes;
import dev.closeout.ui.account.Remembered;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.desktop.FxDialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop app: one main window, at least {@link MainWindow#MIN_WIDTH} × {@link MainWindow#MIN_HEIGHT}, its size and position, theme and
 * language remembered. {@link #launch(Options)} is how {@code Main} starts it.
 */
public final class CloseoutApp extends Application {

    /**
     * What the app is started with; set once before launch. {@code open} opens the exchange in the
     * background, once the window is on screen: the window does not wait for the disk, nor share the
     * processor with it while it starts; it is called again when the window's "Try again" is pressed
     * (another Closeout had it open). {@code binance} connects a Binance account from an API key, its
     * reasons worded in the window's language; {@code keychain} is where a Binance key is remembered when the user asks.
     */
    public record Options(Supplier<CompletableFuture<ClosureService>> open, Path dataDir, boolean probeStartup,
            Function<Messages, KeyConnector> binance, Keychain keychain) {
    }

    private static final double SPINNER = 40;
    private static final Duration SPINNER_AFTER = Duration.seconds(1.5);
    private static Options options;
    /**
     * Settings are written here, in order, so a slow disk never holds up the window; {@link #launch}
     * waits for the last once the FX thread has ended, so the window's size and place, queued as it
     * closed, reach the disk.
     */
    private static final ExecutorService SETTINGS_WRITER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "closeout-settings");
        thread.setDaemon(true);
        return thread;
    });

    private Stage stage;
    private Preferences preferences;
    private UiExecutors executors;
    private RememberedKeys rememberedKeys;
    private UiExecutors keychainWork;
    /** The theme: the header's button and Settings switch it; it is remembered. */
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private ClosureService service;
    /** The demo, kept while another exchange is connected, for "Back to the demo". */
    private ClosureService demo;
    private Locale language;
    /** The window's content now: asked whether something is under way when the window is closed. */
    private MainWindow shown;
    /** Above whatever the window shows: the account's pages, or the opening screen; a failure nobody caught shows here. */
    private final StackPane root = new StackPane();
    private final Label crashNotice = new Label();

    public static void launch(Options startWith) {
        prepare(startWith);
        Application.launch(CloseoutApp.class);
        SETTINGS_WRITER.shutdown();
        try {
            SETTINGS_WRITER.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sets what the next start of the app uses; tests start it on a toolkit of their own after this. */
    static void prepare(Options startWith) {
        options = Objects.requireNonNull(startWith);
    }

    /** Runs on the launcher thread, before the FX thread shows anything: the settings file is read here. */
    @Override
    public void init() {
        preferences = Preferences.load(options.dataDir());
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        executors = UiExecutors.production();
        rememberedKeys = new RememberedKeys(options.keychain(), preferences);
        keychainWork = UiExecutors.production("closeout-keychain");
        dark.set(preferences.get("theme").map("dark"::equals).orElse(false));
        applyTheme();
        dark.addListener((obs, was, now) -> {
            applyTheme();
            preferences.put("theme", now ? "dark" : "light");
            save();
        });
        Locale language = preferences.get("language").map(Locale::forLanguageTag).orElse(Locale.getDefault());
        this.language = language;
        Crashes.install(options.dataDir(), log -> Platform.runLater(() -> showCrash(log)));
        WindowPlace.apply(stage, preferences);
        Messages messages = Messages.forLocale(language);
        stage.setTitle(messages.get("ui.app.title"));
        // The first frame shows no more than it must: the icons follow it, and the spinner, in a place kept for it, only
        // when opening takes longer than a usual start: drawn 60 times a second, it took a sixth of a second from a start's processor.
        ProgressIndicator opening = new ProgressIndicator();
        opening.setPrefSize(SPINNER, SPINNER);
        StackPane spinner = new StackPane();
        spinner.setMinSize(SPINNER, SPINNER);
        Label openingText = new Label(messages.get("ui.app.opening"));
        openingText.setId("opening-text");
        openingText.setWrapText(true);
        openingText.setMaxWidth(560);
        // The column gives the label its whole width: its words are centred in it, under the spinner's place.
        openingText.setAlignment(Pos.CENTER);
        openingText.setTextAlignment(TextAlignment.CENTER);
        Button retry = new Button(messages.get("ui.app.retry"));
        retry.setId("opening-retry");
        retry.setVisible(false);
        VBox starting = new VBox(12, spinner, openingText, retry);
        starting.setAlignment(Pos.CENTER);
        crashNotice.getStyleClass().addAll("crash-notice", "danger");
        crashNotice.setWrapText(true);
        crashNotice.setMaxWidth(Double.MAX_VALUE);
        crashNotice.setVisible(false);
        crashNotice.setOnMouseClicked(e -> crashNotice.setVisible(false));
        StackPane.setAlignment(crashNotice, Pos.TOP_CENTER);
        root.getChildren().setAll(starting, crashNotice);
        stage.setScene(new Scene(root, stage.getWidth(), stage.getHeight()));
        stage.getScene().getStylesheets().add(Objects.requireNonNull(CloseoutApp.class.getResource("/dev/closeout/ui/closeout.css")).toExternalForm());
        stage.setOnHiding(e -> saveWindow());
        stage.setOnCloseRequest(e -> {
            if (shown != null && shown.inProgress() && !askBeforeClosing()) {
                e.consume();
            }
        });
        stage.show();
        if (options.probeStartup()) {
            StartupProbe.afterNextFrame(StartupProbe::firstFrame);
        }
        retry.setOnAction(e -> {
            retry.setVisible(false);
            opening.setVisible(true);
            openingText.setText(messages.get("ui.app.opening"));
            whenOpen(options.open().get(), language, messages, opening, openingText, retry);
        });
        // The account's window is built after the first frame is on screen, whenever the exchange is open.
        StartupProbe.afterNextFrame(() -> {
            whenOpen(options.open().get(), language, messages, opening, openingText, retry);
            PauseTransition slow = new PauseTransition(SPINNER_AFTER);
            slow.setOnFinished(e -> spinner.getChildren().add(opening));
            slow.play();
            // All at once: the window takes its icons again at each one added, scaling every one to each size it shows.
            List<Image> icons = new ArrayList<>();
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) { // drawn from icons/closeout.svg by icons/generate.sh
                icons.add(new Image(Objects.requireNonNull(CloseoutApp.class.getResource("/dev/closeout/ui/icons/closeout-" + size + ".png")).toExternalForm()));
            }
            stage.getIcons().setAll(icons);
        });
    }

    /** Builds the window once the exchange is open; says why not if it could not be, and offers to try again. */
    private void whenOpen(CompletableFuture<ClosureService> opened, Locale language, Messages messages, ProgressIndicator opening,
            Label openingText, Button retry) {
        opened.thenApply(Opened::read).whenComplete((open, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                opening.setVisible(false);
                openingText.setText(cause instanceof ExchangeException e ? messages.say(e)
                        : messages.get("ui.error.unexpected", Reasons.of(cause)));
                retry.setVisible(true);
                return;
            }
            this.service = open.service();
            this.demo = open.service();
            MainWindow window = build(language, null, open.firstRead());
            if (options.probeStartup()) {
                window.whenFirstRead(() -> StartupProbe.afterNextFrame(() -> {
                    StartupProbe.accountShown();
                    Platform.exit();
                }));
            }
        }));
    }

    /**
     * The exchange, open, and its first reading, made on the thread that opened it: the window is
     * built once, with the account in it, rather than drawn empty and again a moment later. No
     * reading where it failed: the window reads again, and says why.
     */
    private record Opened(ClosureService service, Optional<AccountCheck> firstRead) {

        static Opened read(ClosureService service) {
            try {
                return new Opened(service, Optional.of(service.check()));
            } catch (ExchangeException | RuntimeException e) {
                return new Opened(service, Optional.empty());
            }
        }
    }

    /**
     * Builds the window's content in a language, where the person was (kept in the settings), or on
     * {@code page} when not null; switching language builds it again, where the person was. The
     * account is read again unless {@code firstRead} was read for it.
     */
    private MainWindow build(Locale language, MainWindow.Page page, Optional<AccountCheck> firstRead) {
        this.language = language;
        LanguageFont.apply(stage.getScene(), language);
        Messages messages = Messages.forLocale(language);
        stage.setTitle(messages.get(service.demoControls().isPresent() ? "ui.app.titleDemo" : "ui.app.title"));
        MainWindow.ExchangeSwitch exchanges = new MainWindow.ExchangeSwitch(this::switchTo, () -> switchTo(demo),
                options.binance().apply(messages), rememberedKeys, keychainWork);
        Remembered remembered = new Remembered() {
            @Override
            public Optional<String> get(String key) {
                return preferences.get(key);
            }

            @Override
            public void put(String key, String value) {
                preferences.put(key, value);
                save();
            }
        };
        MainWindow window = new MainWindow(service, executors, messages, stage, language, chosen -> {
            preferences.put("language", chosen.toLanguageTag());
            save();
            build(chosen, MainWindow.Page.SETTINGS, Optional.empty());
        }, dark, Desktop.of(stage, getHostServices(), remembered), exchanges);
        window.remember(remembered);
        if (page != null) {
            window.show(page);
        }
        shown = window;
        root.getChildren().set(0, window.node());
        firstRead.ifPresentOrElse(window::startWith, window::start);
        return window;
    }

    /** Asks before the window closes in the middle of something; where the person was is kept either way. */
    private boolean askBeforeClosing() {
        Messages messages = Messages.forLocale(language);
        return new FxDialogService(stage, messages)
                .confirm(messages.get("ui.app.closeTitle"), messages.get("ui.app.closeQuestion"), messages.get("ui.app.closeYes"));
    }

    /** "Something went wrong", in place above the page, naming the log; a click puts it away. */
    private void showCrash(Optional<Path> log) {
        Messages messages = Messages.forLocale(language);
        crashNotice.setText(log.map(file -> messages.get("ui.error.crashed", file.toString()))
                .orElseGet(() -> messages.get("ui.error.crashedNoLog")));
        crashNotice.setVisible(true);
    }

    /** The whole window, again, on another exchange's account, still on Settings where it was connected; the language stays. */
    private void switchTo(ClosureService next) {
        service = next;
        build(language, MainWindow.Page.SETTINGS, Optional.empty());
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void saveWindow() {
        WindowPlace.remember(stage, preferences);
        save();
    }

    private void save() {
        SETTINGS_WRITER.execute(() -> {
            try {
                preferences.save();
            } catch (IOException e) {
                // Settings are a convenience: failing to save them must not stop the app. The next save tries again.
                System.err.println("Closeout: settings not saved: " + e.getMessage());
            }
        });
    }
}
