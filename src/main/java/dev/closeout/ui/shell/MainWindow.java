package dev.closeout.ui.shell;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.closeout.account.AccountStatus;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.ApiKeyConnector;
import dev.closeout.exchange.DemoControls;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.alternatives.AlternativesView;
import dev.closeout.ui.alternatives.AlternativesViewModel;
import dev.closeout.ui.dashboard.DashboardView;
import dev.closeout.ui.dashboard.DashboardViewModel;
import dev.closeout.ui.demo.DemoToolsView;
import dev.closeout.ui.demo.DemoToolsViewModel;
import dev.closeout.ui.export.ExportView;
import dev.closeout.ui.export.ExportViewModel;
import dev.closeout.ui.plan.ExitPlanView;
import dev.closeout.ui.plan.ExitPlanViewModel;
import dev.closeout.ui.plan.PlanDoor;
import dev.closeout.ui.wizard.StepViewModel;
import dev.closeout.ui.wizard.WizardStep;
import dev.closeout.ui.wizard.WizardView;
import dev.closeout.ui.wizard.WizardViewModel;
import dev.closeout.ui.wizard.confirm.ConfirmView;
import dev.closeout.ui.wizard.confirm.ConfirmViewModel;
import dev.closeout.ui.wizard.eligibility.EligibilityView;
import dev.closeout.ui.wizard.eligibility.EligibilityViewModel;
import dev.closeout.ui.wizard.notice.NoticeView;
import dev.closeout.ui.wizard.notice.NoticeViewModel;
import dev.closeout.ui.wizard.settings.ConnectBinanceView;
import dev.closeout.ui.wizard.settings.ConnectBinanceViewModel;
import dev.closeout.ui.wizard.settings.FxKeyFileChooser;
import dev.closeout.ui.wizard.settings.RememberedKeys;
import dev.closeout.ui.wizard.settings.SettingsView;
import dev.closeout.ui.wizard.settings.SettingsViewModel;
import dev.closeout.ui.wizard.status.StatusView;
import dev.closeout.ui.wizard.status.StatusViewModel;
import dev.closeout.ui.wizard.verification.VerificationView;
import dev.closeout.ui.wizard.verification.VerificationViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
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
 * The main window's content: the header (navigation, the demo's tools, the theme) and the
 * page shown. It also puts the pages together: each View with its ViewModel.
 */
public final class MainWindow {

    public enum Page { DASHBOARD, ALTERNATIVES, CLOSE }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> nav = new EnumMap<>(Page.class);
    private final Messages messages;
    private final AccountState account;
    private final WizardViewModel wizard;
    private final Window owner;
    private final Desktop desktop;
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
    public record ExchangeSwitch(Consumer<ClosureService> connect, Runnable backToDemo, ApiKeyConnector binance,
            RememberedKeys rememberedKeys, UiExecutors keychainWork) {
    }

    /** {@code exchanges}, when not null, lets Settings connect a Binance account and go back to the demo. */
    public MainWindow(ClosureService service, UiExecutors executors, Messages messages, Window owner, Locale language,
            Consumer<Locale> onLanguage, Runnable onThemeToggle, Desktop desktop, ExchangeSwitch exchanges) {
        this.messages = messages;
        this.owner = owner;
        this.desktop = desktop;
        this.account = new AccountState(service, executors, messages, desktop.browser());
        Clock clock = new ExchangeClock(service.demoControls());
        DialogService dialogs = new FxDialogService(owner, messages.get("ui.cancel"));

        SettingsViewModel settings = new SettingsViewModel(account);
        NoticeViewModel notice = new NoticeViewModel();
        EligibilityViewModel eligibility = new EligibilityViewModel(account, dialogs);
        VerificationViewModel verification = new VerificationViewModel(account, clock);
        StatusViewModel status = new StatusViewModel(account, clock);
        Map<WizardStep, StepViewModel> steps = new EnumMap<>(WizardStep.class);
        steps.put(WizardStep.SETTINGS, settings);
        steps.put(WizardStep.NOTICE, notice);
        steps.put(WizardStep.ELIGIBILITY, eligibility);
        steps.put(WizardStep.VERIFICATION, verification);
        steps.put(WizardStep.STATUS, status);
        WizardViewModel[] holder = new WizardViewModel[1];
        ConfirmViewModel confirm = new ConfirmViewModel(account, () -> holder[0].showStatus());
        steps.put(WizardStep.CONFIRM, confirm);
        wizard = new WizardViewModel(steps);
        holder[0] = wizard;

        Map<WizardStep, Supplier<Node>> views = new EnumMap<>(WizardStep.class);
        ConnectBinanceViewModel binance = exchanges == null ? null : new ConnectBinanceViewModel(executors, exchanges.keychainWork(),
                messages, exchanges.binance(), new FxKeyFileChooser(owner), exchanges.rememberedKeys(), exchanges.connect(),
                exchanges.backToDemo());
        if (binance != null && "binance".equals(service.exchangeId())) {
            account.checkProperty().addListener((obs, old, check) -> {
                if (check != null) {
                    binance.showConnected(check.snapshot(), service.switchesWanted());
                }
            });
        }
        views.put(WizardStep.SETTINGS, () -> new SettingsView(settings, messages, language, onLanguage, wizard::next,
                binance == null ? null : new ConnectBinanceView(binance, messages).node()).node());
        views.put(WizardStep.NOTICE, () -> new NoticeView(notice, messages, () -> show(Page.ALTERNATIVES), this::openExport).node());
        views.put(WizardStep.ELIGIBILITY, () -> new EligibilityView(eligibility, messages, owner).node());
        views.put(WizardStep.VERIFICATION, () -> new VerificationView(verification, messages).node());
        views.put(WizardStep.CONFIRM, () -> new ConfirmView(confirm, messages).node());
        views.put(WizardStep.STATUS, () -> new StatusView(status, messages, wizard::backToConfirm).node());
        pages.put(Page.CLOSE, new WizardView(wizard, messages, views).node());
        pages.put(Page.DASHBOARD, new DashboardView(new DashboardViewModel(account), messages, () -> show(Page.CLOSE),
                () -> show(Page.ALTERNATIVES), this::openExport).node());
        AlternativesViewModel alternatives = new AlternativesViewModel(account, clock, dialogs, () -> show(Page.CLOSE));
        pages.put(Page.ALTERNATIVES, new AlternativesView(alternatives, messages).node());
        // The exit plan opens from a button on any page (PlanDoor), not from the navigation.
        ExitPlanViewModel exitPlan = new ExitPlanViewModel(account, dialogs, clock);
        Node planPage = new ExitPlanView(exitPlan, messages).node();
        root.addEventHandler(PlanDoor.OPEN, e -> {
            content.getChildren().setAll(planPage);
            nav.values().forEach(button -> button.setSelected(false));
            exitPlan.entered();
        });

        DemoToolsViewModel demoTools = new DemoToolsViewModel(account, wizard::restart);
        DemoToolsView demoView = demoTools.available() ? new DemoToolsView(demoTools, messages,
                () -> dialogs.confirm(messages.get("ui.demo.reset"), messages.get("ui.demo.resetQuestion"), messages.get("ui.demo.resetYes")))
                : null;
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
            if ((now == AccountStatus.CLOSING || now == AccountStatus.CLOSED) && wizard.current() != WizardStep.STATUS) {
                wizard.showStatus();
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
        new ExportView(new ExportViewModel(account, desktop.folderChooser(), desktop.folderOpener()), messages).showOver(owner);
    }

    public void show(Page page) {
        content.getChildren().setAll(pages.get(page));
        nav.get(page).setSelected(true);
    }

    /** The wizard's navigation, for the start-up flow and for tours of the pages. */
    public WizardViewModel wizard() {
        return wizard;
    }

    public BorderPane node() {
        return root;
    }

    /** Reads the account for the first time, in the background. */
    public void start() {
        account.refresh();
    }
}
