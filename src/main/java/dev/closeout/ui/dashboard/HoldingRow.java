package dev.closeout.ui.dashboard;

import java.math.BigDecimal;

/**
 * One line of the holdings table: an asset in one place (a wallet, Earn, staking, Launchpool…).
 * {@code usdValue} is null where the asset has no price; {@code dust} marks what converts to BNB.
 */
public record HoldingRow(String asset, String place, BigDecimal amount, BigDecimal usdValue, boolean dust) {
}
