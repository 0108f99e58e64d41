package dev.closeout.ui.dashboard;

import java.math.BigDecimal;

/** What one place (wallet, Earn, staking…) holds in USD, for the chart. */
public record PlaceValue(String place, BigDecimal usdValue) {
}
