package dev.closeout.ui.alternatives;

/** The four paths a person who came to close an account can take, gentlest first. */
public enum Alternative {
    /** Take every coin off the exchange and keep the account, empty but open. */
    WITHDRAW,
    /** Switch off what runs by itself: API keys, recurring plans, open orders, the futures account. */
    DISABLE,
    /** Ask support to freeze the account: no log-in, no trading, every record kept, undone through support. */
    FREEZE,
    /** Close the account for good: the close-account wizard. */
    CLOSE
}
