package dev.closeout.ui.shell;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.closeout.account.AccountStatus;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.DemoControls;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.ui.account.AccountBanner;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.HandOffBar;
import dev.closeout.ui.account.Remembered;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.demo.DemoToolsView;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.plan.PlanDoor;
import dev.closeout.ui.wizard.WizardStep;
import dev.closeout.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window's content: the header (navigation, the demo's tools, the theme, settings), the
 * demo's banner, the hand-off bar and the page shown; {@link Pages} builds the pages.
 */
public final class MainWindow {

    /** The window's pages: the start page, the three ways on, and the app's settings. */
    public enum Page { START, DASHBOARD, ALTERNATIVES, CLOSE, SETTINGS }

    /**
     * The smallest window, title bar included. A 1366×768 laptop at 125 % scaling has 1092×614
     * logical pixels; less a taskbar of up to 54 of them, 1000×560 fits, and every page is laid out
     * to keep its words whole at this size.
     */
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 560;
    /** What the window's content has at its smallest, less a title bar of 30 pixels: the size UI tests use. */
    public static final double MIN_CONTENT_HEIGHT = MIN_HEIGHT - 30;

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Header header;
    private final Messages messages;
    private final AccountState account;
    private final Pages pages;
    private final ReadOnlyObjectWrapper<Page> shown = new ReadOnlyObjectWrapper<>(Page.START);
    /** Held here: the window keeps only a weak reference, so a window built again for another account lets this one go. */
    private final ChangeListener<Boolean> focus;

    /** {@code desktop} asks for the folder an export goes into and shows it in the file manager afterwards. */
    public MainWindow(ClosureService service, UiExecutors executors, Messages messages, Window owner, Locale language,
            Consumer<Locale> onLanguage, BooleanProperty dark, Desktop desktop) {
        this(service, executors, messages, owner, language, onLanguage, dark, desktop, null);
    }

    /**
     * How Settings switches the whole app to another exchange: {@code connect} takes a newly
     * connected Binance account, {@code backToDemo} returns to the demo; {@code binance} opens an
     * account from an API key; {@code rememberedKeys}, on {@code keychainWork}'s thread, keeps a
     * key in the system keychain when the user asks.
     */
    public record ExchangeSwitch(Consumer<ClosureService> connect, Runnable backToDemo, KeyConnector binance,
            RememberedKeys rememberedKeys, UiExecutors keychainWork) {
    }

    /**
     * {@code exchanges}, when not null, lets Settings connect a Binance account and go back to the
     * demo; {@code dark} is the theme, switched by the header and Settings.
     */
    public MainWindow(ClosureService service, UiExecutors executors, Messages messages, Window owner, Locale language,
            Consumer<Locale> onLanguage, BooleanProperty dark, Desktop desktop, ExchangeSwitch exchanges) {
        this.messages = messages;
        this.account = new AccountState(service, executors, messages, desktop.browser());
        pages = new Pages(account, executors, owner, new Pages.App(language, onLanguage, dark), desktop, exchanges, this::show);
        DemoToolsView demoView = pages.demoTools().orElse(null);
        header = new Header(messages, service.exchangeId(), demoView, dark, this::show);
        root.setTop(header.node());
        root.addEventHandler(PlanDoor.OPEN, e -> {
            content.getChildren().setAll(pages.enterExitPlan());
            header.shown(null);
        });
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox column = new VBox(new AccountBanner(account).node(), new HandOffBar(account, messages).node(), content);
        service.demoControls().flatMap(DemoControls::setAsideFile).ifPresent(file -> column.getChildren().add(0, setAsideBanner(file)));
        StackPane center = new StackPane(ChangeToasts.around(column, account));
        if (demoView != null) {
            column.getChildren().add(0, demoView.banner());
            // The inbox lies over the page's right edge: opening it moves nothing on the page, and it keeps clear
            // of the wizard's Back and Next at the bottom.
            StackPane.setAlignment(demoView.inboxPanel(), Pos.TOP_RIGHT);
            StackPane.setMargin(demoView.inboxPanel(), new Insets(8, 8, 76, 0));
            center.getChildren().add(demoView.inboxPanel());
        }
        root.setCenter(center);
        // Coming back to the window after a page of the exchange's website was opened reads the account again.
        focus = (obs, was, focused) -> account.handOff().windowFocused(focused);
        owner.focusedProperty().addListener(new WeakChangeListener<>(focus));
        account.checkProperty().addListener((obs, old, check) -> {
            AccountStatus now = check.snapshot().profile().status();
            if ((now == AccountStatus.CLOSING || now == AccountStatus.CLOSED) && pages.wizard().current() != WizardStep.STATUS) {
                pages.wizard().showStatus();
            }
        });
        show(Page.START);
    }

    /** Says, until dismissed, that the demo's state file could not be read and where it was moved. */
    private Node setAsideBanner(Path file) {
        Message banner = new Message(messages.get("ui.demo.setAside.title"), messages.get("demo.setAside", file), Ui.icon(Feather.ALERT_TRIANGLE));
        banner.setId("set-aside-banner");
        banner.getStyleClass().add(Styles.WARNING);
        banner.setOnClose(e -> ((Pane) banner.getParent()).getChildren().remove(banner));
        return banner;
    }

    /** "Export your history", in a window of its own over the main one. */
    public void openExport() {
        pages.openExport();
    }

    public void show(Page page) {
        content.getChildren().setAll(pages.page(page));
        header.shown(page);
        shown.set(page);
    }

    /** Gives back where the person was, kept in {@code store}, and keeps it from now on. */
    public void remember(Remembered store) {
        WhereThePersonWas.keep(store, shown.getReadOnlyProperty(), this::show, pages.wizard(),
                pages.demoTools().map(DemoToolsView::inboxOpenProperty));
    }

    /**
     * True while leaving would cut something short: the account being read or changed, or the
     * person in the middle of security verification or the confirmation, whose codes are not kept.
     */
    public boolean inProgress() {
        WizardStep step = pages.wizard().current();
        return account.loadingProperty().get() || pages.wizard().step(step).busyProperty().get()
                || step == WizardStep.VERIFICATION || step == WizardStep.CONFIRM;
    }

    /** The page on screen. */
    public ReadOnlyObjectProperty<Page> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The wizard's navigation, for the start-up flow and for tours of the pages. */
    public WizardViewModel wizard() {
        return pages.wizard();
    }

    public BorderPane node() {
        return root;
    }

    /** Reads the account for the first time, in the background, unless the first page already asked. */
    public void start() {
        if (!account.loadingProperty().get()) {
            account.refresh();
        }
    }

    /** Shows the account as {@code read} just before the window was built, instead of reading it again. */
    public void startWith(AccountCheck read) {
        account.readBefore(read);
    }

    /** Runs {@code then} once, on the FX thread, when the account's first read has ended, well or not (now, if it has). */
    void whenFirstRead(Runnable then) {
        if (account.check() != null && !account.loadingProperty().get()) {
            then.run();
            return;
        }
        account.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> loading, Boolean was, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    then.run();
                }
            }
        });
    }
}
