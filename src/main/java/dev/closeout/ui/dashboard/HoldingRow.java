package dev.closeout.ui.dashboard;

import java.math.BigDecimal;

/**
 * One line of the holdings table: an asset in one place (a wallet, Earn, staking, Launchpool…).
 * {@code usdValue} is null where the asset has no price; {@code dust} marks what converts to BNB;
 * {@code totalOnly} marks a wallet the exchange gives only a total of, in BTC, whose items must be
 * checked on its website.
 */
public record HoldingRow(String asset, String place, BigDecimal amount, BigDecimal usdValue, boolean dust, boolean totalOnly) {
}
