package dev.closeout.ui.alternatives.disable;

import dev.closeout.ui.account.Result;
import java.net.URI;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** One line of the checklist: a feature to switch off, what the account has of it now, and what the exchange answered. */
public final class FeatureRow {

    /** What can be switched off without leaving, in the order it is best done: orders before the futures account. */
    public enum Feature { API_KEYS, RECURRING_PLANS, OPEN_ORDERS, FUTURES }

    private final Feature feature;
    private final String title;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<URI> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper onlyOnWebsite = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper nothingLeft = new ReadOnlyBooleanWrapper();

    FeatureRow(Feature feature, String title) {
        this.feature = feature;
        this.title = title;
    }

    public Feature feature() {
        return feature;
    }

    public String title() {
        return title;
    }

    void setDetail(String text) {
        detail.set(text);
    }

    /** What the account has of this feature now, in words. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    void setNothingLeft(boolean none) {
        nothingLeft.set(none);
        if (none) {
            selected.set(false);
        }
    }

    /** The account has nothing of this feature left: its line has nothing to run. */
    public ReadOnlyBooleanProperty nothingLeftProperty() {
        return nothingLeft.getReadOnlyProperty();
    }

    /** Ticked to be included when everything ticked is done at once; nothing is ticked until the person ticks it. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** The exchange's page where the person switches this off themselves, for what it lets them do only there; null otherwise. */
    public ReadOnlyObjectProperty<URI> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** True when every step of switching this off is one the exchange lets the person take only on its website. */
    public ReadOnlyBooleanProperty onlyOnWebsiteProperty() {
        return onlyOnWebsite.getReadOnlyProperty();
    }

    void setPage(URI website, boolean only) {
        page.set(website);
        onlyOnWebsite.set(only);
    }

    void setResult(Result answers) {
        result.set(answers);
    }

    /**
     * The exchange's answers to the last run, one per line: accepted when every one was yes, refused
     * when one was not, a note while it runs; null before any run.
     */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
