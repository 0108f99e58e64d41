package dev.closeout.bench;

import atlantafx.base.theme.PrimerLight;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Balance;
import dev.closeout.account.Profile;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.Wallet;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.dashboard.DashboardView;
import dev.closeout.ui.dashboard.DashboardViewModel;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.UiExecutors;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Not a test: a dashboard of 5,000 holdings, sorted, filtered and scrolled for a few seconds,
 * printing the longest time the FX thread spent on one user action and on one layout pulse
 * (goal under 16 ms: one frame). Run headless:
 * {@code mvn -B -q -Pbench -DskipTests test-compile exec:exec@dashboard-bench}
 */
public final class DashboardBenchmark {

    static final int HOLDINGS = 5_000;
    private static final int ACTIONS = 300;
    private static final int WARM_UP_ACTIONS = 1_200;

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** A gateway holding a generated account of 5,000 balance lines. */
    static ExchangeGateway largeAccount() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("BTC", new BigDecimal("91250.00"));
        for (int a = 0; a < 1_000; a++) {
            prices.put("A" + a, new BigDecimal(a % 5 == 0 ? "0.0000094" : "2.31"));
        }
        Wallet[] wallets = {Wallet.SPOT, Wallet.FUNDING, Wallet.CROSS_MARGIN, Wallet.USDM_FUTURES, Wallet.OPTIONS};
        List<Balance> balances = new ArrayList<>();
        for (int i = 0; i < HOLDINGS; i++) {
            balances.add(Balance.of(wallets[i % wallets.length], "A" + (i % 1_000), new BigDecimal((i % 97 + 1) + "." + (i % 1000))));
        }
        AccountSnapshot snapshot = new AccountSnapshot(1, SnapshotSource.FILE, Instant.parse("2026-11-24T09:30:00Z"),
                new Profile("1", "bench@example.com", null, AccountStatus.ACTIVE, true, 0, null, null), prices, balances,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new ExchangeGateway() {
            @Override
            public String id() {
                return "demo";
            }

            @Override
            public AccountSnapshot snapshot() {
                return snapshot;
            }
        };
    }

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Messages messages = Messages.forLocale(Locale.ENGLISH);
            AccountState account = new AccountState(new ClosureService(largeAccount()), UiExecutors.production(), messages, page -> { });
            DashboardViewModel vm = new DashboardViewModel(account);
            DashboardView view = new DashboardView(vm, messages, () -> { }, () -> { }, () -> { }, () -> { });
            Scene scene = new Scene((javafx.scene.Parent) view.node(), 1180, 780);
            stage.setScene(scene);
            stage.show();
            long[] layoutStart = new long[1];
            List<Long> layouts = java.util.Collections.synchronizedList(new ArrayList<>());
            scene.addPreLayoutPulseListener(() -> layoutStart[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> layouts.add(System.nanoTime() - layoutStart[0]));
            account.refresh(check -> new Thread(() -> drive(vm, (TableView<?>) scene.lookup("#holdings-table"), layouts), "drive").start());
        }

        @SuppressWarnings("unchecked")
        private void drive(DashboardViewModel vm, TableView<?> table, List<Long> layouts) {
            try {
                Thread.sleep(1_000);
                System.out.printf("holdings in the table: %,d%n", vm.holdings().size());
                Random random = new Random(7);
                String[] searches = {"A1", "A12", "Spot", "", "A9", "Funding", "A", ""};
                long[] actionNanos = new long[ACTIONS];
                // Warm-up rounds let the JIT finish compiling (on two cores its threads take the FX thread's turn),
                // as a person's first minutes with the page would; the last round is measured.
                for (int i = -WARM_UP_ACTIONS; i < ACTIONS; i++) {
                    if (i == 0) {
                        layouts.clear();
                    }
                    int kind = Math.floorMod(i, 4);
                    int pick = random.nextInt(HOLDINGS);
                    CountDownLatch done = new CountDownLatch(1);
                    int index = Math.max(i, 0);
                    boolean measured = i >= 0;
                    Platform.runLater(() -> {
                        long start = System.nanoTime();
                        switch (kind) {
                            case 0 -> table.scrollTo(pick % Math.max(1, table.getItems().size()));
                            case 1 -> {
                                TableColumn<Object, ?> column = (TableColumn<Object, ?>) table.getColumns().get(pick % 4);
                                column.setSortType(pick % 2 == 0 ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                                ((TableView<Object>) table).getSortOrder().setAll(column);
                            }
                            case 2 -> vm.searchProperty().set(searches[pick % searches.length]);
                            default -> vm.dustOnlyProperty().set(!vm.dustOnlyProperty().get());
                        }
                        if (measured) {
                            actionNanos[index] = System.nanoTime() - start;
                        }
                        done.countDown();
                    });
                    done.await(5, TimeUnit.SECONDS);
                    Thread.sleep(i < 0 ? 5 : 30);
                }
                Thread.sleep(200);
                long[] pulses = layouts.stream().mapToLong(Long::longValue).toArray();
                String[] kinds = {"scroll", "sort", "search", "dust filter"};
                for (int k = 0; k < 4; k++) {
                    int kind = k;
                    report("one " + kinds[k], java.util.stream.IntStream.range(0, ACTIONS).filter(i -> i % 4 == kind)
                            .mapToLong(i -> actionNanos[i]).toArray());
                }
                report("one user action (sort, filter, search, scroll)", actionNanos);


                report("one layout pulse (CSS and layout)", pulses);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                Platform.exit();
            }
        }

        private static void report(String what, long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("%-48s longest %5.1f ms   99th percentile %5.1f ms   median %4.1f ms   (%d samples; goal under 16 ms)%n",
                    what, sorted[sorted.length - 1] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length / 2] / 1e6,
                    sorted.length);
        }
    }
}
