package dev.closeout.ui.alternatives;

import dev.closeout.closure.Finding;

/**
 * Something that holds funds where no withdrawal reaches them: an order, a position, a loan,
 * Earn, staking, a P2P trade, a sub-account, a deposit on its way. {@code action} is the
 * label of the button that frees it; null when only waiting does.
 */
public record TiedRow(Finding finding, String item, String fix, String action) {

    public boolean actionable() {
        return action != null;
    }
}
