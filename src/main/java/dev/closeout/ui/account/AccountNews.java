package dev.closeout.ui.account;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.AccountCheck;
import dev.closeout.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every page says about the account beyond its own content: that it is frozen, closing or
 * closed. What changed by itself is told once, by the window ({@link AccountState#unaskedProperty()}).
 */
public final class AccountNews {

    private final Messages messages;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AccountNews(AccountState account) {
        this.messages = account.messages();
        account.checkProperty().addListener((obs, old, now) -> show(now));
        show(account.check());
    }

    private void show(AccountCheck now) {
        if (now != null) {
            AccountStatus s = now.snapshot().profile().status();
            status.set(s == AccountStatus.ACTIVE ? "" : messages.get("ui.news.status." + s.name()));
        }
    }

    /** The account is frozen, closing or closed, in words; empty while it is active. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
