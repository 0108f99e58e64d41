package dev.closeout.ui.alternatives.withdraw;

import dev.closeout.closure.ClosureService;
import dev.closeout.closure.Finding;
import dev.closeout.closure.Fix;
import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WebPage;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import java.net.URI;
import java.time.LocalDate;

/**
 * The steps of leaving that the exchange lets a person take only on its website, in the
 * withdraw-all flow: the page of each, and the words of its button. Withdrawals never go
 * through Closeout where the exchange has a withdrawal page.
 */
final class OnWebsite {

    private final AccountState account;
    private final ClosureService service;
    private final Messages messages;

    OnWebsite(AccountState account) {
        this.account = account;
        this.service = account.service();
        this.messages = account.messages();
    }

    /** The exchange's page where the person does {@code action} themselves; null when Closeout does it. */
    URI page(AccountAction action) {
        return service.pageFor(new WebPage.ForAction(action)).orElse(null);
    }

    /** What ties funds up, with the button that frees it here or opens the exchange's page for it. */
    TiedRow tiedRow(Finding f, LocalDate today, ReportWording wording) {
        TiedRow row = TiedRow.of(f, today, service.actionFor(f).isPresent(), messages, wording);
        // A sub-account is emptied here, not closed: its page is the one that moves its funds.
        URI website = f.fix() == Fix.CLOSE_SUB_ACCOUNT ? page(new AccountAction.SweepSubAccount(f.id())) : service.pageFor(f).orElse(null);
        return website == null ? row : row.onWebsite(website, openLabel());
    }

    /** "Open on Binance". */
    String openLabel() {
        return messages.get("ui.eligibility.choice.OPEN_ON_EXCHANGE", account.exchangeName());
    }

    /** Why an asset leaves on the exchange's website. */
    String withdrawnThere(String asset) {
        return messages.get("ui.alternatives.withdraw.onWebsite", account.exchangeName(), asset);
    }

    /** "Withdraw BTC on Binance". */
    String withdrawButton(String asset) {
        return messages.get("ui.alternatives.withdraw.onWebsite.button", asset, account.exchangeName());
    }

    void open(URI page) {
        account.handOff().open(page);
    }
}
