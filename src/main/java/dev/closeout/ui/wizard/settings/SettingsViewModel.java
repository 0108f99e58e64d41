package dev.closeout.ui.wizard.settings;

import dev.closeout.account.AccountStatus;
import dev.closeout.account.Profile;
import dev.closeout.closure.AccountCheck;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.wizard.StepViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The account as the exchange shows it in its settings, with contact details masked. */
public final class SettingsViewModel implements StepViewModel {

    private final AccountState account;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper email = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kyc = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper vip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper referral = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper security = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exchange = new ReadOnlyStringWrapper("");

    public SettingsViewModel(AccountState account) {
        this.account = account;
        this.messages = account.messages();
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
    }

    private void show(AccountCheck check) {
        exchange.set(messages.get("exchange." + account.service().exchangeId()));
        if (check == null) {
            valid.set(false);
            return;
        }
        Profile p = check.snapshot().profile();
        email.set(maskEmail(p.email()));
        // What the exchange did not report is unknown, never "none": Binance's API gives no phone, KYC, referral or second factors.
        String unknown = messages.get("ui.settings.unknown");
        phone.set(p.phone() == null ? unknown : maskPhone(p.phone()));
        kyc.set(p.kycVerified() == null ? unknown
                : messages.get(p.kycVerified() ? "ui.settings.kyc.verified" : "ui.settings.kyc.unverified"));
        vip.set(p.vipLevel() == null ? unknown : messages.get("ui.settings.vip.level", p.vipLevel()));
        referral.set(p.referralCode() == null ? unknown : p.referralCode());
        security.set(p.security() == null ? unknown : securityMethods(p.security()));
        status.set(messages.get("ui.status." + p.status().name()));
        valid.set(p.status() == AccountStatus.ACTIVE);
    }

    private String securityMethods(Profile.SecurityMethods methods) {
        List<String> on = new ArrayList<>();
        if (Boolean.TRUE.equals(methods.email())) {
            on.add(messages.get("ui.verification.method.EMAIL"));
        }
        if (Boolean.TRUE.equals(methods.sms())) {
            on.add(messages.get("ui.verification.method.SMS"));
        }
        if (Boolean.TRUE.equals(methods.authenticator())) {
            on.add(messages.get("ui.verification.method.AUTHENTICATOR"));
        }
        return on.isEmpty() ? messages.get("ui.settings.none") : String.join(messages.get("format.listSeparator"), on);
    }

    /** "alex.morgan@example.com" shows as "al***@example.com"; what is no email address (Binance's "UID 354937868") as it is. */
    static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at < 0) {
            return email;
        }
        if (at == 0) {
            return "***";
        }
        return email.substring(0, Math.min(2, at)) + "***" + email.substring(at);
    }

    /**
     * "+44 7700 900123" shows as "+44 ******0123": the country code as written (up to the first
     * space, so "+1 415…" keeps "+1") and the last four digits.
     */
    static String maskPhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() <= 7) {
            return "****";
        }
        String trimmed = phone.strip();
        int space = trimmed.indexOf(' ');
        String country = trimmed.startsWith("+") && space > 1 ? trimmed.substring(0, space) + " " : "";
        return country + "*".repeat(6) + digits.substring(digits.length() - 4);
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return account.loadingProperty();
    }

    @Override
    public void entered() {
        account.refresh();
    }

    public ReadOnlyStringProperty emailProperty() {
        return email.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kycProperty() {
        return kyc.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty vipProperty() {
        return vip.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referralProperty() {
        return referral.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty securityProperty() {
        return security.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exchangeProperty() {
        return exchange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return account.errorProperty();
    }
}
