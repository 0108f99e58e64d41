package dev.closeout.ui.withdrawal;

import dev.closeout.account.BoundedInput;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Review;
import dev.closeout.closure.Reviews;
import dev.closeout.closure.Withdrawals;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One withdrawal of one asset, wherever it is asked for: the network, the address and its
 * check (nothing said while it is empty, the exchange's answer as it is typed), the amount, the
 * fee and what arrives, and whether it can be sent. Inputs are properties the view binds both
 * ways; what they are worth is read-only and worked out here, so it is tested without a toolkit.
 */
public final class WithdrawalFormViewModel {

    private final AccountState account;
    private final Messages messages;
    private final ReportWording wording;
    private final String asset;
    private final List<WithdrawalNetwork> networks;
    private final ObjectProperty<WithdrawalNetwork> network = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty amountText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<BigDecimal> amount = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper addressCheck = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper addressOk = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper fee = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper networkWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BigDecimal> available = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private final BooleanBinding canSend;
    /** Counts address checks, so that an answer to text typed earlier never overwrites the answer to the latest. */
    private int checks;

    /**
     * A form for {@code asset}, whose {@code available} amount (free in Spot and Funding together) is put in the amount to
     * begin with. No network is chosen until the person chooses one: the receiving wallet decides which it must be.
     */
    public WithdrawalFormViewModel(AccountState account, String asset, List<WithdrawalNetwork> networks, BigDecimal available) {
        this.account = account;
        this.messages = account.messages();
        this.wording = new ReportWording(messages);
        this.asset = asset;
        this.networks = List.copyOf(networks);
        amountText.addListener((obs, old, typed) -> {
            this.amount.set(typedAmount(typed, messages.locale()));
            describeFee();
        });
        network.addListener((obs, old, chosen) -> {
            networkWarning.set(chosen == null ? "" : messages.get("review.notice.NETWORK_MUST_MATCH", chosen.name()));
            describeFee();
            check();
        });
        address.addListener((obs, old, typed) -> check());
        canSend = Bindings.createBooleanBinding(() -> network.get() != null && this.amount.get() != null
                && Withdrawals.takesWhole(network.get(), this.amount.get()) && this.amount.get().compareTo(this.available.get()) <= 0
                && addressOk.get(), network, this.amount, this.available, addressOk);
        setAvailable(available);
    }

    /**
     * The amount as the person types it, in their locale ("1,000.5" in English, "1.000,5" in German, spaces between
     * groups as the French write them), or as a plain number ("0.5", "1e-8"); null when it is neither, or not above zero.
     */
    public static BigDecimal typedAmount(String text, Locale locale) {
        String typed = text == null ? "" : text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (typed.length() > BoundedInput.MAX_AMOUNT_LENGTH) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String group = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        Matcher local = Pattern.compile("(\\d{1,3}(?:" + group + "\\d{3})+|\\d+)(?:" + decimal + "(\\d+))?").matcher(typed);
        if (local.matches()) {
            typed = local.group(1).replaceAll(group, "") + (local.group(2) == null ? "" : "." + local.group(2));
        }
        return typedAmount(typed);
    }

    /**
     * The amount typed, within the bounds of every amount Closeout reads (a typed "1e-999999999"
     * would otherwise stall the fee's arithmetic); null when it is no amount, or not above zero.
     */
    public static BigDecimal typedAmount(String text) {
        try {
            BigDecimal value = BoundedInput.amount(text == null ? "" : text.strip(), "amount");
            return value.signum() > 0 ? value : null;
        } catch (BoundedInput.Refused e) {
            return null;
        }
    }

    /** An amount as people write it: no trailing zeros. */
    public static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    public String asset() {
        return asset;
    }

    /** The networks the exchange withdraws this asset on; empty when it withdraws it on none. */
    public List<WithdrawalNetwork> networks() {
        return networks;
    }

    public ObjectProperty<WithdrawalNetwork> networkProperty() {
        return network;
    }

    /** The amount as typed. */
    public StringProperty amountTextProperty() {
        return amountText;
    }

    /** Puts {@code value} in the amount, as if it were typed, in the person's own way of writing numbers. */
    public void setAmount(BigDecimal value) {
        amountText.set(wording.amount(value));
    }

    /** What is free to withdraw now, in Spot and Funding together; also put in the amount. */
    public void setAvailable(BigDecimal value) {
        available.set(value);
        setAmount(value);
        describeFee();
    }

    /** Puts everything free to withdraw in the amount ("Max"). */
    public void max() {
        setAmount(available.get());
    }

    public ReadOnlyObjectProperty<BigDecimal> availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** That the receiving wallet must support the chosen network; empty while none is chosen. */
    public ReadOnlyStringProperty networkWarningProperty() {
        return networkWarning.getReadOnlyProperty();
    }

    public BigDecimal amount() {
        return amount.get();
    }

    /** The amount typed, read; null while it is no amount above zero. */
    public ReadOnlyObjectProperty<BigDecimal> amountProperty() {
        return amount.getReadOnlyProperty();
    }

    private void describeFee() {
        WithdrawalNetwork n = network.get();
        BigDecimal typed = amount.get();
        if (n == null) {
            fee.set(networks.isEmpty() ? messages.get("ui.withdraw.noNetwork", asset) : messages.get("ui.withdraw.chooseNetwork"));
        } else if (typed == null) {
            fee.set(messages.get("ui.withdraw.amountInvalid"));
        } else if (typed.compareTo(available.get()) > 0) {
            fee.set(messages.get("ui.withdraw.moreThanFree", wording.amount(available.get()), asset));
        } else if (typed.compareTo(n.minimum()) < 0) {
            fee.set(messages.get("ui.alternatives.withdraw.networkMinimum", plain(n.minimum()), asset, n.name()));
        } else {
            fee.set(messages.get("ui.alternatives.withdraw.fee", plain(n.fee()), plain(n.minimum()),
                    plain(n.arriving(typed).max(BigDecimal.ZERO)), asset));
        }
    }

    /** The network's fee and minimum, and what arrives; or why this network or amount cannot be sent. */
    public ReadOnlyStringProperty feeProperty() {
        return fee.getReadOnlyProperty();
    }

    /** The address typed, checked as it is typed. */
    public StringProperty addressProperty() {
        return address;
    }

    private void check() {
        WithdrawalNetwork n = network.get();
        String typed = address.get() == null ? "" : address.get().strip();
        int check = ++checks;
        if (n == null || typed.isEmpty()) {
            setAddressCheck("", false);
            return;
        }
        account.executors().run(() -> account.service().addressProblem(asset, n.network(), typed), problem -> {
            if (check == checks) {
                setAddressCheck(problem.map(messageKey -> "\u2717 " + wording.answer(
                        new ActionResult(ActionResult.Outcome.REFUSED, messageKey, List.of(n.name()))))
                        .orElseGet(() -> messages.get("ui.alternatives.withdraw.addressOk", n.name())), problem.isEmpty());
            }
        }, failure -> {
            if (check == checks) {
                setAddressCheck(account.describe(failure), false);
            }
        });
    }

    private void setAddressCheck(String text, boolean ok) {
        addressCheck.set(text);
        addressOk.set(ok);
    }

    /** What the check of the address says: the problem, or that it looks right; empty while nothing is typed. */
    public ReadOnlyStringProperty addressCheckProperty() {
        return addressCheck.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty addressOkProperty() {
        return addressOk.getReadOnlyProperty();
    }

    /** The review before sending, on the account as last read: amount and value, fee, what arrives, the address and its network. */
    public Review review() {
        return new Reviews(account.check().snapshot()).of(withdrawal(), Optional.of(network.get())).orElseThrow();
    }

    /** A network is chosen that takes the whole amount, and the address looks right for it. */
    public BooleanBinding canSendProperty() {
        return canSend;
    }

    /** What sending asks of the exchange. */
    public AccountAction.Withdraw withdrawal() {
        return new AccountAction.Withdraw(asset, network.get().network(), address.get().strip(), amount.get());
    }
}
