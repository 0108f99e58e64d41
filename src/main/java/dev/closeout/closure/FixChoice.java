package dev.closeout.closure;

/** What a finding's button does. */
public enum FixChoice {
    /** The finding's own fix, as one action on the exchange. */
    PERFORM,
    /** Moves the balance to Spot, where it can be sold or withdrawn. */
    MOVE_TO_SPOT,
    /** Sells the Spot balance for USDT at the market price. */
    SELL,
    /** Opens the withdrawal form. */
    WITHDRAW,
    /** Cancels a P2P order still waiting for payment: the other party is told. */
    CANCEL_P2P,
    /** Releases the crypto of a paid P2P sale to the buyer, completing it. */
    COMPLETE_P2P,
    /** Moves a sub-account's funds to this account. */
    SWEEP_SUB_ACCOUNT,
    /** Opens the exchange's page for the fix in the browser: the exchange does not let Closeout do it. */
    OPEN_ON_EXCHANGE
}
