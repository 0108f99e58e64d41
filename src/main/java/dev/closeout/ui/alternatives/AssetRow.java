package dev.closeout.ui.alternatives;

import dev.closeout.closure.WayOut;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.ui.shell.Result;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
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
 * One asset the account still holds where withdrawals are taken from (Spot and Funding): how
 * it leaves, the network and address the person chooses, and what the exchange answered.
 */
public final class AssetRow {

    private final String asset;
    private final List<WithdrawalNetwork> networks;
    private final ReadOnlyObjectWrapper<BigDecimal> amount = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private final ReadOnlyObjectWrapper<WayOut> way = new ReadOnlyObjectWrapper<>(WayOut.STAYS);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ObjectProperty<WithdrawalNetwork> network = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper addressCheck = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper addressOk = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper fee = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canWithdraw;
    private URI page;
    /** Counts address checks, so that an answer to text typed earlier never overwrites the answer to the latest. */
    int checks;

    AssetRow(String asset, List<WithdrawalNetwork> networks) {
        this.asset = asset;
        this.networks = List.copyOf(networks);
        canWithdraw = Bindings.createBooleanBinding(() -> way.get() == WayOut.WITHDRAW && network.get() != null
                && amount.get().compareTo(network.get().minimum()) >= 0 && amount.get().compareTo(network.get().fee()) > 0
                && addressOk.get(), way, network, amount, addressOk);
    }

    public String asset() {
        return asset;
    }

    /** The networks the exchange withdraws this asset on; empty when it withdraws it on none. */
    public List<WithdrawalNetwork> networks() {
        return networks;
    }

    /** What is free to withdraw, in Spot and Funding together: the whole of it leaves. */
    public ReadOnlyObjectProperty<BigDecimal> amountProperty() {
        return amount.getReadOnlyProperty();
    }

    public BigDecimal amount() {
        return amount.get();
    }

    public ReadOnlyObjectProperty<WayOut> wayProperty() {
        return way.getReadOnlyProperty();
    }

    public WayOut way() {
        return way.get();
    }

    /** Why it cannot be withdrawn as it is, and the cheapest way out; empty when it can. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ObjectProperty<WithdrawalNetwork> networkProperty() {
        return network;
    }

    /** The address typed, checked as it is typed. */
    public StringProperty addressProperty() {
        return address;
    }

    /** What the check of the address says: the problem, or that it looks right; empty while nothing is typed. */
    public ReadOnlyStringProperty addressCheckProperty() {
        return addressCheck.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty addressOkProperty() {
        return addressOk.getReadOnlyProperty();
    }

    /** The network's fee and minimum, and what arrives; or why this network cannot take the amount. */
    public ReadOnlyStringProperty feeProperty() {
        return fee.getReadOnlyProperty();
    }

    /** The exchange's answer to the last thing done with this asset; null before anything was done. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** A network is chosen that takes the whole amount, and the address looks right for it. */
    public BooleanBinding canWithdrawProperty() {
        return canWithdraw;
    }

    void setAmount(BigDecimal value) {
        amount.set(value);
    }

    void setWay(WayOut value, String why) {
        way.set(value);
        explanation.set(why);
    }

    void setAddressCheck(String text, boolean ok) {
        addressCheck.set(text);
        addressOk.set(ok);
    }

    void setFee(String text) {
        fee.set(text);
    }

    /** The exchange's withdrawal page for this asset, where it withdraws only on its website; null where Closeout withdraws it. */
    public URI page() {
        return page;
    }

    void setPage(URI website) {
        page = website;
    }

    void setResult(Result answer) {
        result.set(answer);
    }
}
