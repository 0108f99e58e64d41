package dev.closeout.ui.shell;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.closeout.account.AccountStatus;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.DemoControls;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.HandOffBar;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.demo.DemoToolsView;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.wizard.WizardStep;
import dev.closeout.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window's content: the header (navigation, the demo's tools, the theme), the
 * hand-off bar and the page shown; {@link Pages} builds the pages.
 */
public final class MainWindow {

    public enum Page { DASHBOARD, ALTERNATIVES, CLOSE }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Page, ToggleButton> nav = new EnumMap<>(Page.class);
    private final Messages messages;
    private final AccountState account;
    private final Pages pages;
    /** Held here: the window keeps only a weak reference, so a window built again for another account lets this one go. */
    private final ChangeListener<Boolean> focus;

    /** {@code desktop} asks for the folder an export goes into and shows it in the file manager afterwards. */
    public MainWindow(ClosureService service, UiExecutors executors, Messages messages, Window owner, Locale language,
            Consumer<Locale> onLanguage, Runnable onThemeToggle, Desktop desktop) {
        this(service, executors, messages, owner, language, onLanguage, onThemeToggle, desktop, null);
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

    /** {@code exchanges}, when not null, lets Settings connect a Binance account and go back to the demo. */
    public MainWindow(ClosureService service, UiExecutors executors, Messages messages, Window owner, Locale language,
            Consumer<Locale> onLanguage, Runnable onThemeToggle, Desktop desktop, ExchangeSwitch exchanges) {
        this.messages = messages;
        this.account = new AccountState(service, executors, messages, desktop.browser());
        pages = new Pages(account, executors, owner, language, onLanguage, desktop, exchanges, this::show);
        DemoToolsView demoView = pages.demoTools().orElse(null);
        root.setTop(header(service, demoView, onThemeToggle));
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox center = new VBox(new HandOffBar(account, messages).node(), content);
        service.demoControls().flatMap(DemoControls::setAsideFile).ifPresent(file -> center.getChildren().add(0, setAsideBanner(file)));
        root.setCenter(center);
        // Coming back to the window after a page of the exchange's website was opened reads the account again.
        focus = (obs, was, focused) -> account.handOff().windowFocused(focused);
        owner.focusedProperty().addListener(new WeakChangeListener<>(focus));
        if (demoView != null) {
            root.setRight(demoView.inboxPanel());
        }
        account.checkProperty().addListener((obs, old, check) -> {
            AccountStatus now = check.snapshot().profile().status();
            if ((now == AccountStatus.CLOSING || now == AccountStatus.CLOSED) && pages.wizard().current() != WizardStep.STATUS) {
                pages.wizard().showStatus();
            }
        });
        show(Page.CLOSE);
    }

    /** Says, until dismissed, that the demo's state file could not be read and where it was moved. */
    private Node setAsideBanner(Path file) {
        Message banner = new Message(messages.get("ui.demo.setAside.title"), messages.get("demo.setAside", file), Ui.icon(Feather.ALERT_TRIANGLE));
        banner.setId("set-aside-banner");
        banner.getStyleClass().add(Styles.WARNING);
        banner.setOnClose(e -> ((Pane) banner.getParent()).getChildren().remove(banner));
        return banner;
    }

    private Node header(ClosureService service, DemoToolsView demoView, Runnable onThemeToggle) {
        Label brand = new Label(messages.get("ui.app.name"), Ui.icon(Feather.SHIELD));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        ToggleGroup group = new ToggleGroup();
        HBox navigation = new HBox(4);
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(messages.get("ui.nav." + page.name().toLowerCase(Locale.ROOT)));
            button.setId("nav-" + page.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.getStyleClass().add(Styles.FLAT);
            button.setOnAction(e -> show(page));
            nav.put(page, button);
            navigation.getChildren().add(button);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label exchange = new Label(messages.get("exchange." + service.exchangeId()));
        exchange.getStyleClass().addAll(Styles.TEXT_SMALL, demoView != null ? "demo-badge" : "exchange-badge");
        Button theme = new Button(null, Ui.icon(Feather.MOON));
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.setOnAction(e -> onThemeToggle.run());
        theme.setAccessibleText(messages.get("ui.theme.toggle"));
        for (Node fixed : List.of(brand, exchange)) {
            ((Region) fixed).setMinWidth(Region.USE_PREF_SIZE);
        }
        nav.values().forEach(button -> button.setMinWidth(Region.USE_PREF_SIZE));
        theme.setTooltip(new Tooltip(messages.get("ui.theme.toggle")));
        HBox header = new HBox(12, brand, navigation, gap, exchange);
        if (demoView != null) {
            header.getChildren().addAll(demoView.headerTools());
        }
        header.getChildren().add(theme);
        header.getStyleClass().add("app-header");
        return header;
    }

    /** "Export your history", in a window of its own over the main one. */
    public void openExport() {
        pages.openExport();
    }

    public void show(Page page) {
        content.getChildren().setAll(pages.page(page));
        nav.get(page).setSelected(true);
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

    /** Runs {@code then} once, on the FX thread, when the account's read in progress has ended, well or not. */
    void whenFirstRead(Runnable then) {
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
