package dev.closeout.ui.dashboard;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.LaunchpadSubscription;
import dev.closeout.account.LaunchpoolStake;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ConditionResult;
import dev.closeout.closure.Finding;
import dev.closeout.closure.FindingKind;
import dev.closeout.closure.Fix;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.WalletCoverage;
import dev.closeout.exchange.SideReading;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Everything the account holds in one place: the total in USD and BTC, value per wallet, every
 * holding (searchable, filterable by place, dust marked), Earn and staking, what else ties the
 * account down, and how many of the seven conditions are met.
 */
public final class DashboardViewModel {

    /** The place filter's "every place" choice. */
    public static final String ALL_PLACES = "";

    private final AccountState account;
    private final Messages messages;
    private final ReportWording wording;
    private final ObservableList<HoldingRow> holdings = FXCollections.observableArrayList();
    private final FilteredList<HoldingRow> shownHoldings = new FilteredList<>(holdings);
    private final ObservableList<EarnRow> earn = FXCollections.observableArrayList();
    private final ObservableList<PlaceValue> places = FXCollections.observableArrayList();
    private final ObservableList<String> placeChoices = FXCollections.observableArrayList(ALL_PLACES);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> place = new SimpleObjectProperty<>(ALL_PLACES);
    private final BooleanProperty dustOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totalUsd = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalBtc = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper owed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readiness = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closingOrClosed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper conditionsMet = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>(Counts.NONE);
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper earnEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper holdingsEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper holdingsShown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noMatch = new ReadOnlyStringWrapper("");

    public DashboardViewModel(AccountState account) {
        this.account = account;
        this.messages = account.messages();
        this.wording = new ReportWording(messages);
        search.addListener((obs, old, text) -> filter());
        place.addListener((obs, old, chosen) -> filter());
        dustOnly.addListener((obs, old, only) -> filter());
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
    }

    /** Reads the account again. */
    public void refresh() {
        account.refresh();
    }

    private void show(AccountCheck check) {
        if (check == null) {
            return;
        }
        AccountSnapshot s = check.snapshot();
        Set<String> dust = check.report().blockers().stream().filter(f -> f.fix() == Fix.CONVERT_DUST)
                .map(f -> f.wallet() + "/" + f.asset()).collect(Collectors.toSet());
        List<HoldingRow> rows = new ArrayList<>();
        for (Balance b : s.balances()) {
            if (b.held().signum() != 0) {
                rows.add(new HoldingRow(b.asset(), wording.wallet(b.wallet()), b.held(), usd(s, b.asset(), b.held()),
                        dust.contains(b.wallet() + "/" + b.asset()), false));
            }
        }
        // What is owed is a line of its own, below zero: the total is what the account is worth after its debts.
        for (Balance b : s.balances()) {
            BigDecimal owed = b.owed().add(b.free().min(BigDecimal.ZERO).negate());
            if (owed.signum() > 0) {
                rows.add(new HoldingRow(b.asset(), messages.get("ui.dashboard.place.owed", wording.wallet(b.wallet())), owed.negate(),
                        usd(s, b.asset(), owed.negate()), false, false));
            }
        }
        for (EarnPosition e : s.earn()) {
            rows.add(new HoldingRow(e.asset(), wording.wallet(Wallet.EARN), e.amount(), usd(s, e.asset(), e.amount()), false, false));
        }
        for (StakingPosition st : s.staking()) {
            rows.add(new HoldingRow(st.asset(), messages.get("ui.dashboard.place.staking"), st.amount(), usd(s, st.asset(), st.amount()), false, false));
        }
        for (LaunchpoolStake l : s.launchpool()) {
            rows.add(new HoldingRow(l.asset(), messages.get("ui.dashboard.place.launchpool"), l.amount(), usd(s, l.asset(), l.amount()), false, false));
        }
        for (LaunchpadSubscription l : s.launchpad()) {
            rows.add(new HoldingRow(l.asset(), messages.get("ui.dashboard.place.launchpad"), l.amount(), usd(s, l.asset(), l.amount()), false, false));
        }
        for (WalletTotal t : s.walletTotals()) {
            if (!t.itemized() && t.btcValue().signum() != 0) {
                rows.add(new HoldingRow("BTC", wording.wallet(t.wallet()), t.btcValue(), usd(s, "BTC", t.btcValue()), false, true));
            }
        }
        holdings.setAll(rows);
        showCount();
        showTotals(s, rows);
        showPlaces(rows);
        earn.setAll(earnRows(s, ReportWording.dayOf(check.report())));
        conditionsMet.set((int) check.report().conditions().stream().filter(ConditionResult::met).count());
        // Once closing, nothing blocks the closure: no count of conditions reads as if something still did.
        AccountStatus status = s.profile().status();
        closingOrClosed.set(status == AccountStatus.CLOSING || status == AccountStatus.CLOSED);
        readiness.set(closingOrClosed.get() ? messages.get("ui.dashboard.readiness." + status.name())
                : messages.get("ui.dashboard.readiness", conditionsMet.get()));
        Set<UnknownPart.Part> unread = s.unknown().stream().map(UnknownPart::part).collect(Collectors.toSet());
        counts.set(new Counts(s.openOrders().size(),
                (int) s.p2pOrders().stream().filter(o -> o.status() != P2pOrder.Status.COMPLETED && o.status() != P2pOrder.Status.CANCELLED).count(),
                (int) s.subAccounts().stream().filter(a -> a.status() != SubAccount.Status.CLOSED).count(),
                s.apiKeys().size(), s.recurringPlans().size(), unread, check.unread()));
        checks.setAll(check.report().blockers().stream().filter(f -> f.fix() == Fix.CHECK_ON_EXCHANGE).distinct()
                .map(f -> new CheckRow(checkText(s, f), account.service().pageFor(f).orElse(null))).toList());
        String exchange = account.exchangeName();
        earnEmpty.set(unread.contains(UnknownPart.Part.EARN) || unread.contains(UnknownPart.Part.STAKING)
                ? messages.get("ui.dashboard.unreadEmpty", messages.get("unknown.earn"), exchange) : messages.get("ui.dashboard.noEarn"));
        holdingsEmpty.set(unread.contains(UnknownPart.Part.BALANCES)
                ? messages.get("ui.dashboard.unreadEmpty", messages.get("unknown.balances"), exchange) : messages.get("ui.dashboard.noHoldings"));
        asOf.set(messages.get("ui.dashboard.asOf", messages.moment(s.takenAt())));
    }

    /**
     * A wallet known by its total says how far the items Closeout read fall short of it; bots and
     * copy trading, whose items no exchange lists, say just that.
     */
    private String checkText(AccountSnapshot s, Finding f) {
        if (f.kind() != FindingKind.WALLET_TOTAL || f.wallet() == Wallet.TRADING_BOT || f.wallet() == Wallet.COPY_TRADING) {
            return wording.item(f);
        }
        WalletCoverage.Worth worth = WalletCoverage.of(f.wallet(), s.balances(), s.earn(), s.staking(), s.prices());
        return messages.get("ui.dashboard.walletGap", account.exchangeName(), btc(f.amount()), wording.wallet(f.wallet()),
                btc(worth.btc()));
    }

    private static String btc(BigDecimal amount) {
        return amount.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal usd(AccountSnapshot s, String asset, BigDecimal amount) {
        return s.priceOf(asset).map(amount::multiply).orElse(null);
    }

    private void showTotals(AccountSnapshot s, List<HoldingRow> rows) {
        BigDecimal total = rows.stream().map(HoldingRow::usdValue).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal owed = rows.stream().map(HoldingRow::usdValue).filter(v -> v != null && v.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        this.owed.set(owed.signum() == 0 ? "" : messages.get("ui.dashboard.owed", wording.usd(owed)));
        // What could not be read is not in the total: the total says so rather than pass for all of it.
        totalUsd.set(messages.get(s.unknown().isEmpty() ? "ui.dashboard.totalUsd" : "ui.dashboard.totalUsdPartial", wording.usd(total)));
        totalBtc.set(s.priceOf("BTC").filter(p -> p.signum() > 0)
                .map(p -> messages.get("ui.dashboard.totalBtc", total.divide(p, 8, RoundingMode.HALF_UP).toPlainString()))
                .orElse(""));
    }

    private void showPlaces(List<HoldingRow> rows) {
        Map<String, BigDecimal> byPlace = new LinkedHashMap<>();
        // A debt is no place money is held in: the chart shows only what is held.
        for (HoldingRow row : rows.stream().filter(r -> r.amount().signum() > 0).toList()) {
            byPlace.merge(row.place(), row.usdValue() == null ? BigDecimal.ZERO : row.usdValue(), BigDecimal::add);
        }
        places.setAll(byPlace.entrySet().stream().map(e -> new PlaceValue(e.getKey(), e.getValue())).toList());
        List<String> choices = new ArrayList<>();
        choices.add(ALL_PLACES);
        choices.addAll(byPlace.keySet());
        if (!placeChoices.equals(choices)) {
            placeChoices.setAll(choices);
        }
    }

    private List<EarnRow> earnRows(AccountSnapshot s, LocalDate today) {
        List<EarnRow> rows = new ArrayList<>();
        for (EarnPosition e : s.earn()) {
            String apr = e.apr() == null ? messages.get("ui.dashboard.none")
                    : messages.get("ui.dashboard.apr", e.apr().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString());
            String maturity = e.product() == EarnPosition.Product.FLEXIBLE ? messages.get("ui.dashboard.flexible")
                    : e.maturesOn() == null ? messages.get("ui.dashboard.none")
                    : messages.get("ui.dashboard.maturity", e.maturesOn().toString(), Math.max(0, ChronoUnit.DAYS.between(today, e.maturesOn())));
            String penalty = e.product() == EarnPosition.Product.FLEXIBLE ? messages.get("ui.dashboard.none")
                    : e.earlyRedemption() == EarnPosition.EarlyRedemption.ALLOWED
                    ? messages.get("ui.dashboard.penalty", e.earlyRedemptionPenalty() == null ? "0" : e.earlyRedemptionPenalty().toPlainString(), e.asset())
                    : messages.get("ui.dashboard.noEarlyRedemption");
            rows.add(new EarnRow(messages.get("ui.dashboard.product." + e.product().name()), e.asset(), e.amount(), usd(s, e.asset(), e.amount()),
                    apr, maturity, penalty));
        }
        for (StakingPosition st : s.staking()) {
            String release = st.releasesOn() == null || !st.releasesOn().isAfter(today) ? messages.get("ui.dashboard.releasableNow")
                    : messages.get("ui.dashboard.maturity", st.releasesOn().toString(), ChronoUnit.DAYS.between(today, st.releasesOn()));
            rows.add(new EarnRow(messages.get("ui.dashboard.product." + st.product().name()), st.asset(), st.amount(),
                    usd(s, st.asset(), st.amount()), messages.get("ui.dashboard.none"), release, messages.get("ui.dashboard.none")));
        }
        for (LaunchpoolStake l : s.launchpool()) {
            rows.add(new EarnRow(messages.get("ui.dashboard.place.launchpool"), l.asset(), l.amount(), usd(s, l.asset(), l.amount()),
                    messages.get("ui.dashboard.none"), messages.get("ui.dashboard.releasableNow"), messages.get("ui.dashboard.none")));
        }
        return rows;
    }

    private void filter() {
        String text = search.get() == null ? "" : search.get().strip().toUpperCase(messages.locale());
        String chosen = place.get();
        boolean onlyDust = dustOnly.get();
        Predicate<HoldingRow> shown = row -> (text.isEmpty() || row.asset().contains(text)
                || row.place().toUpperCase(messages.locale()).contains(text))
                && (chosen == null || chosen.equals(ALL_PLACES) || row.place().equals(chosen))
                && (!onlyDust || row.dust());
        shownHoldings.setPredicate(shown);
        showCount();
    }

    /** How many holdings the table shows and what they are worth; when the search finds none, that nothing matches it. */
    private void showCount() {
        BigDecimal worth = shownHoldings.stream().map(HoldingRow::usdValue).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        holdingsShown.set(messages.get(shownHoldings.size() == holdings.size() ? "ui.dashboard.shownAll" : "ui.dashboard.shownSome",
                shownHoldings.size(), holdings.size(), wording.usd(worth)));
        String text = search.get() == null ? "" : search.get().strip();
        noMatch.set(holdings.isEmpty() || text.isEmpty() && !dustOnly.get() && ALL_PLACES.equals(place.get()) ? ""
                : text.isEmpty() ? messages.get("ui.dashboard.noneFiltered") : messages.get("ui.dashboard.noMatch", text));
    }

    /** The holdings the search and filters let through; the table sorts them. */
    public ObservableList<HoldingRow> shownHoldings() {
        return shownHoldings;
    }

    public ObservableList<HoldingRow> holdings() {
        return holdings;
    }

    public ObservableList<EarnRow> earn() {
        return earn;
    }

    public ObservableList<PlaceValue> places() {
        return places;
    }

    /** The places to filter by; the first, {@link #ALL_PLACES}, lets every place through. */
    public ObservableList<String> placeChoices() {
        return placeChoices;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> placeProperty() {
        return place;
    }

    public BooleanProperty dustOnlyProperty() {
        return dustOnly;
    }

    public ReadOnlyStringProperty totalUsdProperty() {
        return totalUsd.getReadOnlyProperty();
    }

    /** What the account owes, which the total is after; empty when it owes nothing. */
    public ReadOnlyStringProperty owedProperty() {
        return owed.getReadOnlyProperty();
    }

    /** "6 of 7 conditions for closing met", or that the account is closing or closed. */
    public ReadOnlyStringProperty readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    /** The account is closing or closed: the conditions are past. */
    public ReadOnlyBooleanProperty closingOrClosedProperty() {
        return closingOrClosed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalBtcProperty() {
        return totalBtc.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    /** How many of the seven conditions are met. */
    public ReadOnlyIntegerProperty conditionsMetProperty() {
        return conditionsMet.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return account.errorProperty();
    }

    /** What the dashboard cannot show: wallets known only by their total, parts that could not be read. */
    public ObservableList<CheckRow> checks() {
        return checks;
    }

    /** Opens the exchange's page for something to check there; the account is read again on return. */
    public void open(CheckRow row) {
        if (row.page() != null) {
            account.handOff().open(row.page());
        }
    }

    /** "Open on Binance". */
    public String openLabel() {
        return messages.get("ui.eligibility.choice.OPEN_ON_EXCHANGE", account.exchangeName());
    }

    /** The badge of a wallet known only by its total: check it on the exchange. */
    public String totalOnlyBadge() {
        return messages.get("ui.dashboard.totalOnly", account.exchangeName());
    }

    /** A count's tile, or that the part could not be read and is to be checked on the exchange. */
    public String tile(Counts c, UnknownPart.Part part, String counted) {
        return c.unread().contains(part) ? messages.get("ui.dashboard.count.unread", messages.get("unknown." + part.key()), account.exchangeName())
                : counted;
    }

    /** A side reading's tile, or that it could not be read (never a count of none). */
    public String tile(Counts c, SideReading reading, String counted) {
        return c.sideUnread().contains(reading) ? messages.get("ui.dashboard.count.sideUnread." + reading.name()) : counted;
    }

    /** What the Earn table says when it lists nothing: none, or that Earn could not be read. */
    public ReadOnlyStringProperty earnEmptyProperty() {
        return earnEmpty.getReadOnlyProperty();
    }

    /** What the holdings table says when it lists nothing: nothing matches the search, nothing held, or the balances could not be read. */
    public StringBinding holdingsEmptyProperty() {
        return Bindings.when(noMatch.isEmpty()).then(holdingsEmpty).otherwise(noMatch);
    }

    /** "26 holdings, ≈ 9,288.90 USD", or how many of them the search and filters show. */
    public ReadOnlyStringProperty holdingsShownProperty() {
        return holdingsShown.getReadOnlyProperty();
    }

    public String usd(BigDecimal value) {
        return value == null ? messages.get("ui.dashboard.noPrice") : wording.usd(value);
    }

    public String placeLabel(String choice) {
        return choice == null || choice.equals(ALL_PLACES) ? messages.get("ui.dashboard.allPlaces") : choice;
    }
}
