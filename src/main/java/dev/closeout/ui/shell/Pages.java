package dev.closeout.ui.shell;

import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.ExchangeClock;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.alternatives.AlternativesView;
import dev.closeout.ui.alternatives.AlternativesViewModel;
import dev.closeout.ui.dashboard.DashboardView;
import dev.closeout.ui.dashboard.DashboardViewModel;
import dev.closeout.ui.demo.DemoToolsView;
import dev.closeout.ui.demo.DemoToolsViewModel;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.desktop.DialogService;
import dev.closeout.ui.desktop.FxDialogService;
import dev.closeout.ui.desktop.FxKeyFileChooser;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.ui.export.ExportView;
import dev.closeout.ui.export.ExportViewModel;
import dev.closeout.ui.plan.ExitPlanView;
import dev.closeout.ui.plan.ExitPlanViewModel;
import dev.closeout.ui.settings.AppSettingsView;
import dev.closeout.ui.settings.ConnectBinanceView;
import dev.closeout.ui.settings.ConnectBinanceViewModel;
import dev.closeout.ui.shell.MainWindow.ExchangeSwitch;
import dev.closeout.ui.shell.MainWindow.Page;
import dev.closeout.ui.start.StartView;
import dev.closeout.ui.start.StartViewModel;
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
import dev.closeout.ui.wizard.settings.SettingsView;
import dev.closeout.ui.wizard.settings.SettingsViewModel;
import dev.closeout.ui.wizard.status.StatusView;
import dev.closeout.ui.wizard.status.StatusViewModel;
import dev.closeout.ui.wizard.verification.VerificationView;
import dev.closeout.ui.wizard.verification.VerificationViewModel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The composition root: every page of one account, each View with its ViewModel, built once
 * for the window that shows them, when it is first shown: the window's first page is not kept
 * waiting for the others. Pages reach each other only through {@code show}.
 */
final class Pages {

    private final AccountState account;
    private final Messages messages;
    private final Window owner;
    private final Desktop desktop;
    private final Consumer<Page> show;
    private final Map<Page, Supplier<Node>> nodes = new EnumMap<>(Page.class);
    private final WizardViewModel wizard;
    private final NoticeViewModel notice;
    private final DemoToolsView demoTools;
    private final ExitPlanViewModel exitPlan;
    private final Supplier<Node> exitPlanPage;

    /** What the app's settings change for the whole app: the language (the window is built again in it) and the theme. */
    record App(Locale language, Consumer<Locale> onLanguage, BooleanProperty dark) {
    }

    /** {@code exchanges}, when not null, lets Settings connect a Binance account and go back to the demo. */
    Pages(AccountState account, UiExecutors executors, Window owner, App app, Desktop desktop, ExchangeSwitch exchanges,
            Consumer<Page> show) {
        this.account = account;
        this.messages = account.messages();
        this.owner = owner;
        this.desktop = desktop;
        this.show = show;
        Clock clock = new ExchangeClock(account.service().demoControls());
        DialogService dialogs = new FxDialogService(owner, messages);

        SettingsViewModel settings = new SettingsViewModel(account);
        notice = new NoticeViewModel(() -> account.service().lastExport().map(ExportResult::folder), messages);
        EligibilityViewModel eligibility = new EligibilityViewModel(account, dialogs);
        VerificationViewModel verification = new VerificationViewModel(account, clock);
        ConfirmViewModel confirm = new ConfirmViewModel(account, dialogs, this::showStatus);
        StatusViewModel status = new StatusViewModel(account, clock);
        Map<WizardStep, StepViewModel> steps = new EnumMap<>(WizardStep.class);
        steps.put(WizardStep.SETTINGS, settings);
        steps.put(WizardStep.NOTICE, notice);
        steps.put(WizardStep.ELIGIBILITY, eligibility);
        steps.put(WizardStep.VERIFICATION, verification);
        steps.put(WizardStep.CONFIRM, confirm);
        steps.put(WizardStep.STATUS, status);
        wizard = new WizardViewModel(steps);

        Supplier<Node> binance = exchanges == null ? () -> null : once(() -> connectBinance(exchanges, executors));
        Map<WizardStep, Supplier<Node>> views = new EnumMap<>(WizardStep.class);
        views.put(WizardStep.SETTINGS, () -> new SettingsView(settings, messages, () -> show.accept(Page.SETTINGS)).node());
        views.put(WizardStep.NOTICE, () -> new NoticeView(notice, messages, () -> show.accept(Page.ALTERNATIVES), this::openExport).node());
        views.put(WizardStep.ELIGIBILITY, () -> new EligibilityView(eligibility, messages, owner).node());
        views.put(WizardStep.VERIFICATION, () -> new VerificationView(verification, messages).node());
        views.put(WizardStep.CONFIRM, () -> new ConfirmView(confirm, messages).node());
        views.put(WizardStep.STATUS, () -> new StatusView(status, messages, wizard::backToConfirm).node());
        nodes.put(Page.CLOSE, once(() -> new WizardView(wizard, messages, views).node()));
        nodes.put(Page.START, once(() -> new StartView(new StartViewModel(account), new SettingsViewModel(account), messages,
                new StartView.Ways(() -> show.accept(Page.DASHBOARD), () -> show.accept(Page.ALTERNATIVES), () -> show.accept(Page.CLOSE),
                        () -> show.accept(Page.SETTINGS))).node()));
        nodes.put(Page.SETTINGS, once(() -> new AppSettingsView(messages, app.language(), app.onLanguage(), app.dark(),
                binance.get()).node()));
        nodes.put(Page.DASHBOARD, once(() -> new DashboardView(new DashboardViewModel(account), messages, () -> show.accept(Page.CLOSE),
                () -> {
                    wizard.open(WizardStep.ELIGIBILITY);
                    show.accept(Page.CLOSE);
                }, () -> show.accept(Page.ALTERNATIVES), this::openExport).node()));
        nodes.put(Page.ALTERNATIVES, once(() -> new AlternativesView(
                new AlternativesViewModel(account, clock, dialogs, () -> show.accept(Page.CLOSE)), messages).node()));
        exitPlan = new ExitPlanViewModel(account, dialogs, clock);
        exitPlanPage = once(() -> new ExitPlanView(exitPlan, messages).node());

        DemoToolsViewModel demo = new DemoToolsViewModel(account, wizard::restart);
        demoTools = demo.available() ? new DemoToolsView(demo, messages,
                () -> dialogs.confirm(messages.get("ui.demo.reset"), messages.get("ui.demo.resetQuestion"), messages.get("ui.demo.resetYes")))
                : null;
    }

    /** Settings' "Connect a Binance account", kept up to date with what a connected key may do. */
    private Node connectBinance(ExchangeSwitch exchanges, UiExecutors executors) {
        ConnectBinanceViewModel binance = new ConnectBinanceViewModel(executors, exchanges.keychainWork(), messages, exchanges.binance(),
                new FxKeyFileChooser(owner), exchanges.rememberedKeys(), exchanges.connect(), exchanges.backToDemo());
        if ("binance".equals(account.service().exchangeId())) {
            account.checkProperty().addListener((obs, old, check) -> {
                if (check != null) {
                    binance.showConnected(check.snapshot(), account.service().switchesWanted());
                }
            });
        }
        return new ConnectBinanceView(binance, messages).node();
    }

    private void showStatus() {
        wizard.showStatus();
    }

    Node page(Page page) {
        return nodes.get(page).get();
    }

    /** What {@code make} makes, made the first time it is asked for and kept. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    /** The exit plan, opened from a button on any page ({@code PlanDoor}) rather than from the navigation; planned afresh on entry. */
    Node enterExitPlan() {
        exitPlan.entered();
        return exitPlanPage.get();
    }

    WizardViewModel wizard() {
        return wizard;
    }

    /** The demo's tools for the header and the inbox beside the page; empty on a real exchange. */
    Optional<DemoToolsView> demoTools() {
        return Optional.ofNullable(demoTools);
    }

    /** "Export your history", in a window of its own over the main one. */
    void openExport() {
        new ExportView(new ExportViewModel(account, desktop.folderChooser(), desktop.folderOpener()), messages)
                .showOver(owner, notice::entered);
    }
}
