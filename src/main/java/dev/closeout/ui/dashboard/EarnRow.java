package dev.closeout.ui.dashboard;

import java.math.BigDecimal;

/** One Earn or staking position as the dashboard lists it; texts are already in the user's words. */
/** {@code usdValue} is null where the asset has no price. */
public record EarnRow(String product, String asset, BigDecimal amount, BigDecimal usdValue, String apr, String maturity, String penalty) {
}
