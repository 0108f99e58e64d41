package dev.closeout.ui.alternatives;

/** What the comparison of the alternatives asks of each: the questions a person weighs. */
public enum Aspect {
    LOG_IN, TRADE, KYC_KEPT, VIP_AND_HISTORY_KEPT, REVERSIBLE
}
