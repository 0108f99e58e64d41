package dev.closeout.ui.wizard.verification;

import dev.closeout.closure.VerificationCode;
import dev.closeout.exchange.VerificationMethod;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One verification method on the page: the code typed, whether it is well formed, verified, and when a code can be sent again. */
public final class MethodRow {

    private final VerificationMethod method;
    private final StringProperty code = new SimpleStringProperty("");
    private final BooleanProperty verified = new SimpleBooleanProperty();
    private final IntegerProperty resendSeconds = new SimpleIntegerProperty();
    private final StringProperty refusal = new SimpleStringProperty("");
    private final BooleanBinding wellFormed;

    MethodRow(VerificationMethod method) {
        this.method = method;
        wellFormed = Bindings.createBooleanBinding(() -> VerificationCode.wellFormed(code.get()), code);
    }

    public VerificationMethod method() {
        return method;
    }

    /** Sent by email or SMS, unlike an authenticator code, which the user's app shows. */
    public boolean sendable() {
        return method != VerificationMethod.AUTHENTICATOR;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public BooleanBinding wellFormedProperty() {
        return wellFormed;
    }

    public BooleanProperty verifiedProperty() {
        return verified;
    }

    /** Why the exchange refused this method's last code, shown next to its field; empty when it did not. */
    public StringProperty refusalProperty() {
        return refusal;
    }

    /** Seconds until "Send code" works again; 0 when it works now. */
    public IntegerProperty resendSecondsProperty() {
        return resendSeconds;
    }
}
