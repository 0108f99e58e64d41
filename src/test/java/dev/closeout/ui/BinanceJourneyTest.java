package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.Condition;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.binance.BinanceKeyConnector;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.MemoryKeychain;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.storage.Preferences;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.dashboard.HoldingRow;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.shell.MainWindow;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard and the dashboard on a Binance account, through the UI: Settings connects the
 * local Binance; Eligibility lists the sample account's conditions, cancels an order against
 * Binance and opens binance.com for what its API cannot do; Verification and Confirm hand over to
 * binance.com; Status says whether Binance still answers; the dashboard shows every wallet.
 */
@ExtendWith(ApplicationExtension.class)
class BinanceJourneyTest {

    private static final String SECURITY = "https://www.binance.com/en/my/security";

    private final FakeBinance binance = FakeBinance.withSamples();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private Stage stage;
    private ClosureService demo;
    private volatile MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        demo = new ClosureService(DemoExchange.open(Files.createTempDirectory("closeout-binance-ui").resolve("demo")));
        binance.keyMayTrade();
        binance.route("DELETE", "/api/v3/order", (request, call) -> Answer.ok("{\"status\": \"CANCELED\"}"));
        // Binance gives Trading Bots only as a total: the dashboard must send the person to check it.
        binance.walletHolds("Trading Bots", "0.0015");
        stage.setScene(new Scene(new Pane(), 1180, 780));
        stage.getScene().getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/closeout/ui/closeout.css")).toExternalForm());
        stage.show();
        show(demo);
    }

    /** What CloseoutApp does: the whole window again, on the account chosen; the browser only records the pages. */
    private void show(ClosureService service) {
        MainWindow built = new MainWindow(service, UiExecutors.production(), messages, stage, Locale.ENGLISH, l -> { }, new javafx.beans.property.SimpleBooleanProperty(),
                new Desktop(title -> Optional.empty(), folder -> { }, opened::add),
                new MainWindow.ExchangeSwitch(this::show, () -> show(demo), new KeyConnector(new BinanceKeyConnector(binance.baseUrl(), messages, binance.accountPace())),
                        new RememberedKeys(MemoryKeychain.working(), Preferences.load(Path.of("/nowhere"))), UiExecutors.production("keychain")));
        // As the app does: Settings, where the account was connected (or is to be).
        built.show(MainWindow.Page.SETTINGS);
        stage.getScene().setRoot(built.node());
        built.start();
        window = built;
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    @Test
    void the_wizard_and_the_dashboard_run_on_a_binance_account(FxRobot robot) throws Exception {
        connect(robot);

        next(robot);
        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".consequence").queryAllAs(CheckBox.class).forEach(tick -> tick.setSelected(true)));
        next(robot);

        eligibility(robot);
        verificationAndConfirm(robot);
        dashboard(robot);
    }

    private void connect(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#binance-connect").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#binance-api-key").queryAs(TextField.class).setText(FakeBinance.API_KEY);
            robot.lookup("#binance-secret").queryAs(PasswordField.class).setText(FakeBinance.SECRET);
            robot.lookup("#binance-connect").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup(".exchange-badge").tryQuery().map(n -> "Binance".equals(((Label) n).getText())).orElse(false));
        robot.interact(() -> window.show(MainWindow.Page.CLOSE));
    }

    private void eligibility(FxRobot robot) throws Exception {
        // The samples' 30 blockers, and two wallet totals to check on Binance: Trading Bots, and USDⓈ-M Futures, whose items fall short of it.
        // The summary and the conditions' rows are drawn in separate pulses: wait for both.
        waitUntil(() -> robot.lookup("#step-eligibility").tryQuery().isPresent() && summary(robot).startsWith("32 blockers")
                && Stream.of(Condition.values()).allMatch(c -> robot.lookup("#condition-" + c.name()).tryQuery().isPresent()));
        for (String unmet : List.of("ZERO_BALANCE", "NO_OPEN_ORDERS", "NO_ACTIVE_EARN", "NO_SUB_ACCOUNTS", "NO_PENDING_TRANSFERS")) {
            assertTrue(robot.lookup("#condition-" + unmet).queryAs(Label.class).getGraphic().getStyleClass().contains("danger"), unmet);
        }
        for (String met : List.of("NO_OPEN_P2P", "ACCOUNT_ACTIVE")) {
            assertTrue(robot.lookup("#condition-" + met).queryAs(Label.class).getGraphic().getStyleClass().contains("success"), met);
        }
        assertTrue(button(robot, "#wizard-next").isDisabled());

        robot.interact(() -> button(line(robot, "LIMIT order for 1 in Spot"), "Cancel order 1 LTCBTC").fire());
        waitUntil(() -> robot.lookup("#fix-results").queryAs(ListView.class).getItems().contains("\u2713 Order 1 LTCBTC cancelled."));
        assertEquals(List.of("DELETE /api/v3/order"), binance.changesSent());

        waitUntil(() -> !button(robot, "#recheck").isDisabled());
        int reads = binance.requests("/api/v3/account").size();
        robot.interact(() -> button(line(robot, "Staking eth-staking"), "Open on Binance").fire());
        assertEquals(List.of(URI.create("https://www.binance.com/en/eth2")), opened);
        waitUntil(() -> handOffBarShown(robot));
        robot.interact(() -> button(robot, "#hand-off-back").fire());
        waitUntil(() -> binance.requests("/api/v3/account").size() == reads + 1 && !handOffBarShown(robot));
        robot.interact(() -> window.wizard().next());
        assertEquals("ELIGIBILITY", window.wizard().current().name(), "Next stays closed while Binance's account has blockers");
    }

    private void verificationAndConfirm(FxRobot robot) throws Exception {
        // The sample account keeps its blockers, so Next stays closed: the test steps to Confirm, then Back to Verification.
        robot.interact(() -> window.wizard().backToConfirm());
        robot.interact(() -> window.wizard().back());
        waitUntil(() -> robot.lookup("#verification-on-website").tryQuery().map(Node::isVisible).orElse(false));
        assertFalse(robot.lookup("#email-code").tryQuery().isPresent(), "Closeout asks for no codes");
        assertTrue(button(robot, "#wizard-next").isDisabled(), "Next from Verification still needs every step before it, Eligibility too");
        robot.interact(() -> window.wizard().backToConfirm());

        waitUntil(() -> robot.lookup("#confirm-on-website").tryQuery().isPresent());
        assertFalse(robot.lookup("#confirm-closure").tryQuery().isPresent(), "no button claims to close the account here");
        robot.interact(() -> button(robot, "#confirm-open-closure-page").fire());
        assertEquals(URI.create(SECURITY), opened.get(opened.size() - 1));
        robot.interact(() -> button(robot, "#hand-off-back").fire());
        waitUntil(() -> robot.lookup("#closure-status").tryQuery()
                .map(n -> ((Label) n).getText().equals("Binance still answers for the account: Active")).orElse(false));
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().noneMatch(l -> "Closed".equals(l.getText())));
    }

    private void dashboard(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(MainWindow.Page.DASHBOARD));
        waitUntil(() -> robot.lookup("#dashboard-checks").tryQuery().map(Node::isVisible).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<HoldingRow> holdings = robot.lookup("#holdings-table").queryAs(TableView.class);
        // What is owed is a line of its own, below zero (#15: the total is after debts).
        assertEquals(List.of("Spot", "Funding", "Cross Margin", "USD\u24c8-M Futures", "COIN-M Futures", "Options", "Cross Margin: owed",
                "Earn", "Staking", "Trading Bots"),
                holdings.getItems().stream().map(HoldingRow::place).distinct().toList());
        HoldingRow bots = holdings.getItems().stream().filter(HoldingRow::totalOnly).findFirst().orElseThrow();
        robot.interact(() -> holdings.scrollTo(bots));
        assertTrue(robot.lookup(".check-badge").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("total only: check on Binance")));
        // First to check: the USDⓈ-M total, which the samples' futures assets fall far short of.
        robot.interact(() -> button(robot.lookup("#dashboard-checks").query(), "Open on Binance").fire());
        assertEquals(URI.create("https://www.binance.com/en/my/wallet/account/futures"), opened.get(opened.size() - 1));
    }

    /** Presses Next once the step lets the person go on. */
    private static void next(FxRobot robot) throws Exception {
        waitUntil(() -> !button(robot, "#wizard-next").isDisabled());
        robot.interact(() -> button(robot, "#wizard-next").fire());
    }

    private static boolean handOffBarShown(FxRobot robot) {
        return robot.lookup(".hand-off-bar").query().isVisible();
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#eligibility-summary").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The line of the finding whose text starts so. */
    private static Node line(FxRobot robot, String item) {
        return robot.lookup(".finding").queryAll().stream()
                .filter(l -> ((HBox) l).getChildren().get(0).lookupAll(".label").stream().anyMatch(t -> ((Label) t).getText().startsWith(item)))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + item));
    }

    private static Button button(Node within, String text) {
        return within.lookupAll(".button").stream().map(Button.class::cast).filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
