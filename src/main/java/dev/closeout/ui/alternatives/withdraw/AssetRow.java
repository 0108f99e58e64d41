package dev.closeout.ui.alternatives.withdraw;

import dev.closeout.closure.WayOut;
import dev.closeout.ui.account.Result;
import dev.closeout.ui.withdrawal.WithdrawalFormViewModel;
import java.net.URI;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One asset the account still holds where withdrawals are taken from (Spot and Funding): how
 * it leaves, its withdrawal form for the whole free amount, and what the exchange answered.
 */
public final class AssetRow {

    private final WithdrawalFormViewModel form;
    private final ReadOnlyObjectWrapper<WayOut> way = new ReadOnlyObjectWrapper<>(WayOut.STAYS);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canWithdraw;
    private URI page;
    private boolean left;

    AssetRow(WithdrawalFormViewModel form) {
        this.form = form;
        canWithdraw = Bindings.createBooleanBinding(() -> way.get() == WayOut.WITHDRAW && form.canSendProperty().get(),
                way, form.canSendProperty());
    }

    public String asset() {
        return form.asset();
    }

    /** Where the whole free amount goes: network, address and its check, the fee and what arrives. */
    public WithdrawalFormViewModel form() {
        return form;
    }

    void setWay(WayOut value, String why) {
        way.set(value);
        explanation.set(why);
    }

    public ReadOnlyObjectProperty<WayOut> wayProperty() {
        return way.getReadOnlyProperty();
    }

    public WayOut way() {
        return way.get();
    }

    void setPage(URI website) {
        page = website;
    }

    /** The exchange's withdrawal page for this asset, where it withdraws only on its website; null where Closeout withdraws it. */
    public URI page() {
        return page;
    }

    /** Why it cannot be withdrawn as it is, and the cheapest way out; empty when it can. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    void setLeft(boolean gone) {
        left = gone;
    }

    /** The asset has left (or became something else): the card shows only what was done. */
    public boolean hasLeft() {
        return left;
    }

    void setResult(Result answer) {
        result.set(answer);
    }

    /** The exchange's answer to the last thing done with this asset; null before anything was done. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The asset leaves by a withdrawal, and its form can be sent. */
    public BooleanBinding canWithdrawProperty() {
        return canWithdraw;
    }
}
