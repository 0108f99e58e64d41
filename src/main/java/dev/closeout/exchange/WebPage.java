package dev.closeout.exchange;

import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import java.util.Objects;

/**
 * A page of the exchange's website, named by what a person goes there to do or to see: what
 * Closeout cannot do through the exchange's API, or cannot read. Adapters answer with the
 * page's address ({@link ExchangeGateway#pageFor}).
 */
public sealed interface WebPage {

    /** Where a person does this action themselves. */
    record ForAction(AccountAction action) implements WebPage {

        public ForAction {
            Objects.requireNonNull(action, "action");
        }
    }

    /** Where a wallet's holdings are listed, for a wallet Closeout sees only the total of. */
    record ForWallet(Wallet wallet) implements WebPage {

        public ForWallet {
            Objects.requireNonNull(wallet, "wallet");
        }
    }

    /** Where a part of the account Closeout could not read can be seen. */
    record ForPart(UnknownPart.Part part) implements WebPage {

        public ForPart {
            Objects.requireNonNull(part, "part");
        }
    }

    /** What a person only ever does on the exchange's website, with the exchange's own checks. */
    enum Account implements WebPage {
        /** Closing the account for good. */
        CLOSE,
        /** Disabling (freezing) the account, undone through the exchange. */
        FREEZE,
        /** The security settings: which verification methods the account has. */
        SECURITY,
        /** The exchange's support, for what has no page of its own. */
        SUPPORT
    }
}
